import { graphql } from '../../data/gql';

/**
 * What the text "with proposals" adds to each amendment the text page already lists (the same
 * cached amendments): its sponsor's group, its co-sponsors' spread over the groups, its redline onto the current text, its tally and
 * whether the delegate's organizations have voted on it.
 */
export const AccordProposalsQuery = graphql(`
  query AccordProposals($id: ID!) {
    accord(id: $id) {
      id
      amendments {
        id
        onBehalfOf {
          id
          name
          group
        }
        sponsorGroups {
          group
          count
        }
        asItWouldApply {
          changes {
            op
            text
          }
          heading
          force
        }
        tally {
          ...TallyFields
        }
        viewerBallots {
          organization {
            id
          }
        }
      }
    }
  }
`);
