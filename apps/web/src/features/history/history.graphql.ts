import { graphql } from '../../data/gql';

export const ClauseHistoryQuery = graphql(`
  query ClauseHistory($id: ID!) {
    clause(id: $id) {
      id
      number
      current {
        ...ClauseVersionFields
      }
      versions {
        ...ClauseVersionFields
        author {
          id
          name
        }
        amendment {
          id
          rationale
        }
      }
      attribution {
        text
        version
        amendmentId
        author {
          id
          name
          group
        }
      }
    }
  }
`);

export const ClauseDiffQuery = graphql(`
  query ClauseDiff($clauseId: ID!, $fromVersion: Int!, $toVersion: Int!) {
    clauseDiff(clauseId: $clauseId, fromVersion: $fromVersion, toVersion: $toVersion) {
      fromVersion
      toVersion
      parts {
        op
        text
      }
    }
  }
`);

export const AccordAtQuery = graphql(`
  query AccordAt($accordId: ID!, $seq: Int, $at: DateTime) {
    accordAt(accordId: $accordId, seq: $seq, at: $at) {
      accordId
      seq
      at
      clauses {
        clauseId
        number
        version
        heading
        text
        force
      }
    }
  }
`);

export const AccordEventsQuery = graphql(`
  query AccordEvents($accordId: ID!, $afterSeq: Int, $first: Int) {
    accordEvents(accordId: $accordId, afterSeq: $afterSeq, first: $first) {
      seq
      type
      at
      actorId
      payload
      hash
      prevHash
    }
  }
`);

export const VerifyHistoryQuery = graphql(`
  query VerifyHistory($accordId: ID!) {
    verifyHistory(accordId: $accordId) {
      ok
      checked
      firstBrokenSeq
      headHash
      explanation
      checkpointsVerified
    }
  }
`);

export const AccordCheckpointsQuery = graphql(`
  query AccordCheckpoints($accordId: ID!) {
    accordCheckpoints(accordId: $accordId) {
      seq
      hash
      every
      at
      keyId
      signature
    }
    signingKeys {
      keyId
      fingerprint
      current
    }
  }
`);

export const AccordDiffQuery = graphql(`
  query AccordDiff($accordId: ID!, $from: AccordMomentInput!, $to: AccordMomentInput!) {
    accordDiff(accordId: $accordId, from: $from, to: $to) {
      accordId
      from {
        seq
        at
      }
      to {
        seq
        at
      }
      articles {
        clauseId
        kind
        reworded
        moved
        from {
          number
          heading
          force
        }
        to {
          number
          heading
          force
        }
        parts {
          op
          text
        }
        amendments {
          id
          kind
          onBehalfOf {
            id
            name
          }
        }
      }
    }
  }
`);
