import { graphql } from '../../data/gql';

export const DeskAmendmentFields = graphql(`
  fragment DeskAmendmentFields on DeskAmendment {
    id
    accordId
    accordTitle
    kind
    article
    heading
    proposedBy
  }
`);

export const DeskCommentFields = graphql(`
  fragment DeskCommentFields on DeskComment {
    id
    accordId
    accordTitle
    amendmentId
    clauseId
    author
    excerpt
    postedAt
  }
`);

export const DeskQuery = graphql(`
  query Desk {
    desk {
      asOf
      organizations {
        id
        name
        group
        role
        votesAwaitingUs {
          closesAt
          weVoted
          amendment {
            ...DeskAmendmentFields
          }
        }
        closingSoon {
          closesAt
          weVoted
          amendment {
            ...DeskAmendmentFields
          }
        }
        cosponsorInvitations {
          invitedBy
          invitedAt
          amendment {
            ...DeskAmendmentFields
          }
        }
        myAmendments {
          status
          changedAt
          amendment {
            ...DeskAmendmentFields
          }
        }
      }
      invitations {
        id
        organizationId
        organizationName
        role
        invitedBy
        invitedAt
      }
      replies {
        ...DeskCommentFields
      }
      mentions {
        ...DeskCommentFields
      }
    }
  }
`);
