import { graphql } from '../../data/gql';

export const AmendmentQuery = graphql(`
  query Amendment($id: ID!) {
    amendment(id: $id) {
      id
      kind
      status
      baseVersion
      heading
      text
      force
      position
      rationale
      references {
        ...ClauseReferenceFields
      }
      newArticle {
        number
        after
      }
      createdAt
      votingOpenedAt
      closesAt
      closedAt
      author {
        id
        displayName
      }
      onBehalfOf {
        id
        name
        group
      }
      clause {
        id
        number
        removed
        current {
          version
          heading
          text
          force
        }
        versions {
          version
          heading
          text
          force
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
        reason
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
        version
        heading
        text
        force
      }
      appliedDifference {
        op
        text
      }
      votingRounds {
        number
        outcome
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

export const TallyFieldsFragment = graphql(`
  fragment TallyFields on Tally {
    sealed
    for
    against
    abstain
    eligible
    cast
    passed
    quorumMet
    explanation
    chambers {
      group
      for
      against
      abstain
      eligible
      voted
      passed
      quorumMet
      revealsVotes
    }
  }
`);

export const BallotFieldsFragment = graphql(`
  fragment BallotFields on Ballot {
    choice
    explanation
    castAt
    organization {
      id
      name
      group
    }
    castBy {
      id
      displayName
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    body
    parentId
    quoteStart
    quoteEnd
    createdAt
    editedAt
    deleted
    author {
      id
      displayName
    }
    references {
      ...ClauseReferenceFields
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
