import { expectData, type TestUser } from './factories.js';
import type { GraphqlResponse, TestApp } from './test-app.js';

export const COMMENT_FIELDS = `id accordId amendmentId clauseId clauseVersion parentId body deleted
  quoteStart quoteEnd createdAt editedAt author { id displayName }`;

export interface CommentInput {
  amendmentId?: string;
  clauseId?: string;
  clauseVersion?: number;
  parentId?: string;
  body?: string;
  quoteStart?: number;
  quoteEnd?: number;
}

export interface CommentView {
  id: string;
  accordId: string;
  amendmentId: string | null;
  clauseId: string | null;
  clauseVersion: number | null;
  parentId: string | null;
  body: string;
  deleted: boolean;
  quoteStart: number | null;
  quoteEnd: number | null;
  createdAt: string;
  editedAt: string | null;
  author: { id: string; displayName: string };
}

/** Comments through the public GraphQL API, as delegates write them. */
export class Discussion {
  constructor(
    private readonly api: Pick<TestApp, 'gql'>,
    readonly accordId: string,
  ) {}

  postRaw(
    by: TestUser,
    input: CommentInput,
  ): Promise<GraphqlResponse<{ postComment: CommentView }>> {
    return this.api.gql(
      `mutation($input: PostCommentInput!) { postComment(input: $input) { ${COMMENT_FIELDS} } }`,
      { input: { accordId: this.accordId, body: 'I support this.', ...input } },
      by.token,
    );
  }

  async post(by: TestUser, input: CommentInput): Promise<CommentView> {
    return expectData(await this.postRaw(by, input)).postComment;
  }

  editRaw(by: TestUser, commentId: string, body: string) {
    return this.api.gql<{ editComment: CommentView }>(
      `mutation($id: ID!, $body: String!) { editComment(commentId: $id, body: $body) { ${COMMENT_FIELDS} } }`,
      { id: commentId, body },
      by.token,
    );
  }

  async edit(by: TestUser, commentId: string, body: string): Promise<CommentView> {
    return expectData(await this.editRaw(by, commentId, body)).editComment;
  }

  deleteRaw(by: TestUser, commentId: string) {
    return this.api.gql<{ deleteComment: CommentView }>(
      `mutation($id: ID!) { deleteComment(commentId: $id) { ${COMMENT_FIELDS} } }`,
      { id: commentId },
      by.token,
    );
  }

  async delete(by: TestUser, commentId: string): Promise<CommentView> {
    return expectData(await this.deleteRaw(by, commentId)).deleteComment;
  }
}
