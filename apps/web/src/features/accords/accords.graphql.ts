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
