import { graphql } from '../../data/gql';

export const SearchQuery = graphql(`
  query Search($query: String!, $accordId: ID, $after: String) {
    search(query: $query, accordId: $accordId, first: 20, after: $after) {
      hasMore
      endCursor
      hits {
        kind
        rank
        heading
        snippet {
          text
          highlighted
        }
        accord {
          id
          title
        }
        clause {
          id
          number
          version
          current
          removed
        }
        amendment {
          id
          kind
          status
        }
        comment {
          id
          parentId
        }
        organization {
          id
          name
          group
          country
        }
      }
    }
  }
`);
