import { graphql } from '../../data/gql';

/**
 * The amendment's page: the summary every list shows (one shape in the cache), and what only the
 * page needs; a nested selection here adds to the summary's (its sponsor's group, the clause's
 * text, the rounds' records).
 */
export const AmendmentQuery = graphql(`
  query Amendment($id: ID!) {
    amendment(id: $id) {
      ...AmendmentSummary
      references {
        ...ClauseReferenceFields
      }
      sources
      votingOpenedAt
      closesAt
      closedAt
      author {
        id
        displayName
      }
      onBehalfOf {
        group
      }
      clause {
        removed
        current {
          ...ClauseVersionFields
        }
        versions {
          ...ClauseVersionFields
        }
      }
      ballots {
        ...BallotFields
      }
      tally {
        ...TallyFields
      }
      baseMoved
      conflict {
        currentVersion
      }
      asItWouldApply {
        ontoVersion
        heading
        text
        force
        changes {
          op
          text
        }
      }
      applied {
        ...ClauseVersionFields
      }
      appliedDifference {
        op
        text
      }
      ...AmendmentViewerFields
      votingRounds {
        openedAt
        endedAt
        suspendedBecause {
          reason
          currentVersion
        }
        tally {
          ...TallyFields
        }
        ballots {
          ...BallotFields
        }
      }
    }
  }
`);

export const ClauseReferenceFieldsFragment = graphql(`
  fragment ClauseReferenceFields on ClauseReference {
    field
    start
    end
    written
    clauseId
    number
    removed
  }
`);

export const ProposeAmendmentMutation = graphql(`
  mutation ProposeAmendment($input: ProposeAmendmentInput!) {
    proposeAmendment(input: $input) {
      id
      status
    }
  }
`);

export const WithdrawAmendmentMutation = graphql(`
  mutation WithdrawAmendment($amendmentId: ID!) {
    withdrawAmendment(amendmentId: $amendmentId) {
      id
      status
    }
  }
`);

export const RebaseAmendmentMutation = graphql(`
  mutation RebaseAmendment($amendmentId: ID!, $text: String!) {
    rebaseAmendment(amendmentId: $amendmentId, text: $text) {
      id
      status
      baseVersion
      text
    }
  }
`);

/**
 * What the signed-in delegate may do with the amendment, as the server rules it (the same rules
 * its mutations enforce), and his organizations' ballots. In the amendment's query, which the
 * events that change them (a new status, who takes part) fetch again.
 */
export const AmendmentViewerFieldsFragment = graphql(`
  fragment AmendmentViewerFields on Amendment {
    id
    viewerCanVote
    viewerCanOpenVoting
    viewerCanCloseVoting
    viewerCanWithdraw
    viewerCanRebase
    viewerBallots {
      choice
      explanation
      castAt
      organization {
        id
      }
    }
  }
`);
