import { useQuery } from '@apollo/client/react';
import { useSession } from '../../app/session-context';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { type CommentDraft, CommentThread, type QuoteRange } from './CommentThread';
import { AmendmentCommentsQuery } from './discussion.graphql';
import { postInput, useCommentActions } from './useCommentActions';

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
  const actions = useCommentActions([AmendmentCommentsQuery]);

  if (!data) {
    if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
    return <Loading label="Loading the discussion…" />;
  }
  return (
    <>
      {actions.failure && (
        <div className="notice notice--error" role="alert">
          <p>{actions.failure}</p>
        </div>
      )}
      <CommentThread
        comments={data.amendment?.comments ?? []}
        sourceText={sourceText}
        currentUserId={me?.id}
        pendingQuote={pendingQuote}
        onClearQuote={onClearQuote}
        onPost={(draft: CommentDraft) => actions.post(postInput({ accordId, amendmentId }, draft))}
        onEdit={actions.edit}
        onDelete={actions.remove}
      />
    </>
  );
}
