import { graphql } from '../../data/gql';

export const FrameworksQuery = graphql(`
  query Frameworks {
    frameworks {
      id
      shortName
      title
      publisher
      year
      publishedOn
      sourceUrl
      description
      norms {
        id
        key
        title
        text
        force
        sourceUrl
        correspondsTo {
          id
          key
          framework {
            id
            shortName
          }
        }
      }
    }
    mayEditFrameworks
  }
`);

export const ImportFrameworkMutation = graphql(`
  mutation ImportFramework($content: String!, $format: FrameworkFileFormat!, $frameworkId: ID) {
    importFramework(content: $content, format: $format, frameworkId: $frameworkId) {
      id
      shortName
    }
  }
`);

export const FrameworkComparisonQuery = graphql(`
  query FrameworkComparison($accordId: ID!, $frameworkIds: [ID!]!) {
    frameworkComparison(accordId: $accordId, frameworkIds: $frameworkIds) {
      accordId
      seq
      frameworks {
        framework {
          id
          shortName
          title
          year
        }
        stronger
        equivalent
        weaker
        silent
        norms {
          norm {
            id
            key
            title
            text
            force
            sourceUrl
            correspondsTo {
              id
              key
              framework {
                id
                shortName
              }
            }
          }
          coverage
          clauses {
            clauseId
            number
            heading
            force
            source
          }
        }
      }
    }
  }
`);

/** The accord's free-text sources and the norms each clause cites (not cached: see README). */
export const AccordSourcesQuery = graphql(`
  query AccordSources($id: ID!) {
    accord(id: $id) {
      id
      clauses {
        id
        number
        current {
          version
          sources
          author {
            id
          }
          citations {
            source
            norm {
              id
            }
          }
        }
      }
    }
  }
`);

export const LinkSourceToNormMutation = graphql(`
  mutation LinkSourceToNorm($clauseId: ID!, $source: String!, $normId: ID) {
    linkSourceToNorm(clauseId: $clauseId, source: $source, normId: $normId) {
      version
    }
  }
`);
