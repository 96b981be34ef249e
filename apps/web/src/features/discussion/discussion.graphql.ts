import { graphql } from '../../data/gql';

export const PostCommentMutation = graphql(`
  mutation PostComment($input: PostCommentInput!) {
    postComment(input: $input) {
      id
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($commentId: ID!, $body: String!) {
    editComment(commentId: $commentId, body: $body) {
      id
      body
      editedAt
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($commentId: ID!) {
    deleteComment(commentId: $commentId) {
      id
      deleted
    }
  }
`);

export const CommentCountsQuery = graphql(`
  query CommentCounts($accordId: ID!) {
    accord(id: $accordId) {
      id
      clauses {
        id
        commentCount
      }
      amendments {
        id
        commentCount
      }
    }
  }
`);

export const AmendmentCommentsQuery = graphql(`
  query AmendmentComments($id: ID!) {
    amendment(id: $id) {
      id
      comments {
        ...CommentFields
        replies {
          ...CommentFields
          replies {
            ...CommentFields
          }
        }
      }
    }
  }
`);

export const ClauseCommentsQuery = graphql(`
  query ClauseComments($id: ID!, $version: Int!) {
    clause(id: $id) {
      id
      comments(version: $version) {
        ...CommentFields
        replies {
          ...CommentFields
          replies {
            ...CommentFields
          }
        }
      }
    }
  }
`);
