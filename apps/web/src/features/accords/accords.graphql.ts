import { graphql } from '../../data/gql';

export const AccordListQuery = graphql(`
  query AccordList {
    accords {
      id
      title
      preamble
      createdAt
      viewerIsFacilitator
      rule {
        kind
      }
      participants {
        role
        organization {
          id
        }
      }
      clauses {
        id
      }
      amendments(status: OPEN) {
        id
      }
    }
  }
`);

export const CreateAccordMutation = graphql(`
  mutation CreateAccord($title: String!, $preamble: String, $rule: DecisionRuleInput!) {
    createAccord(title: $title, preamble: $preamble, rule: $rule) {
      id
      title
    }
  }
`);

export const AccordQuery = graphql(`
  query Accord($id: ID!) {
    accord(id: $id) {
      id
      title
      preamble
      facilitatorId
      lastSeq
      proposalsOpenFrom
      proposalsCloseAt
      rule {
        ...DecisionRuleFields
      }
      smallChambers {
        group
        parties
      }
      participants {
        role
        organization {
          ...OrganizationIdentity
        }
      }
      clauses {
        id
        number
        position
        current {
          ...ClauseVersionFields
        }
      }
      amendments {
        ...AmendmentSummary
      }
    }
  }
`);

/**
 * A version of a clause, selected alike wherever one is shown: Apollo keeps versions inside
 * their clause, so two shapes of `current` would overwrite each other. Live events write it too.
 */
export const ClauseVersionFieldsFragment = graphql(`
  fragment ClauseVersionFields on ClauseVersion {
    version
    heading
    text
    force
    sources
    createdAt
  }
`);

/** An amendment as the text lists it (under its clause, in the notices of every page). */
export const AmendmentSummaryFragment = graphql(`
  fragment AmendmentSummary on Amendment {
    id
    kind
    status
    heading
    text
    force
    position
    newArticle {
      number
      after
    }
    rationale
    createdAt
    baseVersion
    clause {
      id
      number
    }
    onBehalfOf {
      id
      name
    }
    conflict {
      reason
    }
    votingRounds {
      number
      outcome
    }
  }
`);

export const DecisionRuleFieldsFragment = graphql(`
  fragment DecisionRuleFields on DecisionRule {
    kind
    threshold
    quorum
    secretBallot
    minSponsors
    minSponsorGroups
    weights {
      group
      weight
    }
  }
`);

export const NewArticleAtQuery = graphql(`
  query NewArticleAt($id: ID!, $position: Int) {
    accord(id: $id) {
      id
      newArticleAt(position: $position) {
        number
        after
      }
    }
  }
`);

/**
 * What the signed-in delegate may do in the accord, as the server rules it. Apart from the page's
 * query, which every delegate shares: this one is answered per standing, and fetched again alone
 * when an event changes who may do what.
 */
export const AccordViewerQuery = graphql(`
  query AccordViewer($id: ID!) {
    accord(id: $id) {
      id
      viewerIsFacilitator
      viewerCanAmend
      viewerVotingOrganizations {
        id
        name
      }
    }
  }
`);
