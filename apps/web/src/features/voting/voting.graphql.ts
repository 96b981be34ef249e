import { graphql } from '../../data/gql';

export const CastBallotMutation = graphql(`
  mutation CastBallot(
    $amendmentId: ID!
    $organizationId: ID!
    $choice: BallotChoice!
    $explanation: String
  ) {
    castBallot(
      amendmentId: $amendmentId
      organizationId: $organizationId
      choice: $choice
      explanation: $explanation
    ) {
      choice
      explanation
      castAt
    }
  }
`);

export const OpenVotingMutation = graphql(`
  mutation OpenVoting($amendmentId: ID!, $closesAt: DateTime) {
    openVoting(amendmentId: $amendmentId, closesAt: $closesAt) {
      id
      status
      closesAt
    }
  }
`);

export const CloseVotingMutation = graphql(`
  mutation CloseVoting($amendmentId: ID!) {
    closeVoting(amendmentId: $amendmentId) {
      id
      status
    }
  }
`);
