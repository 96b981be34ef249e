import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import { friendlyError } from '../../data/errors';
import type { PostCommentInput } from '../../data/gql/graphql';
import type { CommentDraft } from './CommentThread';
import {
  DeleteCommentMutation,
  EditCommentMutation,
  PostCommentMutation,
} from './discussion.graphql';

interface CommentActions {
  /** The last refusal, in words; null when the last attempt went through. */
  failure: string | null;
  post: (input: PostCommentInput) => Promise<boolean>;
  edit: (commentId: string, body: string) => Promise<boolean>;
  remove: (commentId: string) => Promise<boolean>;
}

/** What a comment is on: the accord, and the amendment or the clause (and its version). */
type CommentTarget = Pick<
  PostCommentInput,
  'accordId' | 'amendmentId' | 'clauseId' | 'clauseVersion'
>;

/** The input that posts a draft from a thread on `target`. */
export const postInput = (target: CommentTarget, draft: CommentDraft): PostCommentInput => ({
  ...target,
  body: draft.body,
  parentId: draft.parentId ?? null,
  quoteStart: draft.quote?.start ?? null,
  quoteEnd: draft.quote?.end ?? null,
});

/** Post, edit and delete comments; each resolves to whether it went through. */
export function useCommentActions(refetchQueries: DocumentNode[]): CommentActions {
  const [post] = useMutation(PostCommentMutation, { refetchQueries });
  const [edit] = useMutation(EditCommentMutation, { refetchQueries });
  const [remove] = useMutation(DeleteCommentMutation, { refetchQueries });
  const [failure, setFailure] = useState<string | null>(null);

  const attempt = async (run: () => Promise<unknown>): Promise<boolean> => {
    setFailure(null);
    try {
      await run();
      return true;
    } catch (err) {
      setFailure(friendlyError(err));
      return false;
    }
  };

  return {
    failure,
    post: (input) => attempt(() => post({ variables: { input } })),
    edit: (commentId, body) => attempt(() => edit({ variables: { commentId, body } })),
    remove: (commentId) => attempt(() => remove({ variables: { commentId } })),
  };
}
