import { graphql } from '../../data/gql';

export const AccordMilestonesQuery = graphql(`
  query AccordMilestones($id: ID!) {
    accord(id: $id) {
      id
      milestones {
        id
        name
        seq
        markedAt
        markedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const MarkMilestoneMutation = graphql(`
  mutation MarkMilestone($accordId: ID!, $name: String!) {
    markMilestone(accordId: $accordId, name: $name) {
      id
      name
      seq
    }
  }
`);
