import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '../../app/session-context';
import { friendlyError } from '../../data/errors';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { type CommentDraft, CommentThread, type QuoteRange } from './CommentThread';
import {
  AmendmentCommentsQuery,
  DeleteCommentMutation,
  EditCommentMutation,
  PostCommentMutation,
} from './discussion.graphql';

/** The live thread of an amendment, wired to the API. */
export function AmendmentDiscussion({
  accordId,
  amendmentId,
  sourceText,
  pendingQuote,
  onClearQuote,
}: {
  accordId: string;
  amendmentId: string;
  sourceText: string;
  pendingQuote: QuoteRange | null;
  onClearQuote: () => void;
}) {
  const { me } = useSession();
  const { data, error, refetch } = useQuery(AmendmentCommentsQuery, {
    variables: { id: amendmentId },
  });
  const refetchQueries = [AmendmentCommentsQuery];
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

  if (!data) {
    if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
    return <Loading label="Loading the discussion…" />;
  }
  return (
    <>
      {failure && (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      )}
      <CommentThread
        comments={data.amendment?.comments ?? []}
        sourceText={sourceText}
        currentUserId={me?.id}
        pendingQuote={pendingQuote}
        onClearQuote={onClearQuote}
        onPost={(draft: CommentDraft) =>
          attempt(() =>
            post({
              variables: {
                input: {
                  accordId,
                  amendmentId,
                  body: draft.body,
                  parentId: draft.parentId ?? null,
                  quoteStart: draft.quote?.start ?? null,
                  quoteEnd: draft.quote?.end ?? null,
                },
              },
            }),
          )
        }
        onEdit={(commentId, body) => attempt(() => edit({ variables: { commentId, body } }))}
        onDelete={(commentId) => attempt(() => remove({ variables: { commentId } }))}
      />
    </>
  );
}
