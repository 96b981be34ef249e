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
        commentCountSeq
      }
      amendments {
        id
        commentCount
        commentCountSeq
      }
    }
  }
`);

export const AmendmentCommentsQuery = graphql(`
  query AmendmentComments($id: ID!) {
    amendment(id: $id) {
      id
      comments {
        ...CommentTree
      }
    }
  }
`);

export const ClauseCommentsQuery = graphql(`
  query ClauseComments($id: ID!, $version: Int!) {
    clause(id: $id) {
      id
      comments(version: $version) {
        ...CommentTree
      }
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    body
    parentId
    quoteStart
    quoteEnd
    createdAt
    editedAt
    deleted
    amendmentId
    clauseId
    clauseVersion
    author {
      id
      displayName
    }
    references {
      ...ClauseReferenceFields
    }
  }
`);

/** A thread as the pages show it: a comment, its replies and theirs (deeper replies are not shown). */
export const CommentTreeFragment = graphql(`
  fragment CommentTree on Comment {
    ...CommentFields
    replies {
      ...CommentFields
      replies {
        ...CommentFields
      }
    }
  }
`);
