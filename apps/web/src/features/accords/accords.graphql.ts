import { graphql } from '../../data/gql';

export const AccordListQuery = graphql(`
  query AccordList {
    accords {
      id
      title
      preamble
      createdAt
      facilitatorId
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
      rule {
        kind
        threshold
        quorum
        secretBallot
        weights {
          group
          weight
        }
      }
      participants {
        role
        organization {
          id
          name
          group
          country
        }
      }
      clauses {
        id
        number
        position
        current {
          version
          heading
          text
          force
          sources
        }
      }
      amendments {
        id
        kind
        status
        heading
        text
        force
        position
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
    }
  }
`);
