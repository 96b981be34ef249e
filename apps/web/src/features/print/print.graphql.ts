import { graphql } from '../../data/gql';

/** The accord as a printed draft: its text, its pending proposals, the head of its log. */
export const PrintAccordQuery = graphql(`
  query PrintAccord($id: ID!) {
    accord(id: $id) {
      id
      title
      preamble
      lastSeq
      headHash
      clauses {
        id
        number
        current {
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
        text
        heading
        force
        position
        clause {
          id
          number
        }
        onBehalfOf {
          id
          name
        }
        asItWouldApply {
          changes {
            op
            text
          }
        }
      }
    }
  }
`);
