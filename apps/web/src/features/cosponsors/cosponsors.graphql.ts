import { graphql } from '../../data/gql';

/**
 * An amendment's sponsors, co-sponsors, support, and what the delegate may do about them (the
 * server's viewer fields). Its own query: the co-sponsor events drop these fields from the cache,
 * and only this small query is read again, not the amendment's page or the text.
 */
export const AmendmentSponsorsFieldsFragment = graphql(`
  fragment AmendmentSponsorsFields on Amendment {
    id
    status
    onBehalfOf {
      id
      name
      group
    }
    sponsors {
      status
      invitedAt
      answeredAt
      organization {
        id
        name
        group
      }
    }
    sponsorGroups {
      group
      count
    }
    supporters {
      id
      name
      group
    }
    viewerCanInviteCoSponsor
    viewerCoSponsorInvitations {
      id
      name
    }
    viewerSupportOptions {
      supports
      organization {
        id
        name
      }
    }
  }
`);

export const AmendmentSponsorsQuery = graphql(`
  query AmendmentSponsors($id: ID!) {
    amendment(id: $id) {
      ...AmendmentSponsorsFields
    }
  }
`);

export const InviteCoSponsorMutation = graphql(`
  mutation InviteCoSponsor($amendmentId: ID!, $organizationId: ID!) {
    inviteCoSponsor(amendmentId: $amendmentId, organizationId: $organizationId) {
      ...AmendmentSponsorsFields
    }
  }
`);

export const AnswerCoSponsorshipMutation = graphql(`
  mutation AnswerCoSponsorship($amendmentId: ID!, $organizationId: ID!, $accept: Boolean!) {
    answerCoSponsorship(
      amendmentId: $amendmentId
      organizationId: $organizationId
      accept: $accept
    ) {
      ...AmendmentSponsorsFields
    }
  }
`);

export const SupportAmendmentMutation = graphql(`
  mutation SupportAmendment($amendmentId: ID!, $organizationId: ID!) {
    supportAmendment(amendmentId: $amendmentId, organizationId: $organizationId) {
      ...AmendmentSponsorsFields
    }
  }
`);

export const WithdrawSupportMutation = graphql(`
  mutation WithdrawSupport($amendmentId: ID!, $organizationId: ID!) {
    withdrawSupport(amendmentId: $amendmentId, organizationId: $organizationId) {
      ...AmendmentSponsorsFields
    }
  }
`);
