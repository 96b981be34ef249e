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
      receipt {
        ...BallotReceiptFields
      }
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

export const BallotReceiptFieldsFragment = graphql(`
  fragment BallotReceiptFields on BallotReceipt {
    accordId
    amendmentId
    seq
    hash
    castAt
    organization {
      id
      name
    }
  }
`);

/** Per caller: never served from the API's shared read cache. */
export const MyBallotReceiptsQuery = graphql(`
  query MyBallotReceipts($amendmentId: ID!) {
    myBallotReceipts(amendmentId: $amendmentId) {
      ...BallotReceiptFields
    }
  }
`);

export const CheckReceiptQuery = graphql(`
  query CheckReceipt($accordId: ID!, $seq: Int!, $hash: String!) {
    checkReceipt(accordId: $accordId, seq: $seq, hash: $hash) {
      seq
      hash
      inChain
      chainOk
      explanation
      coveredBy {
        seq
        at
        keyId
      }
    }
  }
`);

/** A tally as every view shows it (live, per round); `ballot.cast` and `voting.closed` write it. */
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
    changes {
      choice
      explanation
      castAt
    }
  }
`);
