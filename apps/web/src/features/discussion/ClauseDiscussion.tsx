import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useSession } from '../../app/session-context';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { plural } from '../../ui/format';
import { CommentThread, countVisible, type QuoteRange } from './CommentThread';
import { ClauseCommentsQuery } from './discussion.graphql';
import { postInput, useCommentActions } from './useCommentActions';

/** The live thread on one version of a clause (the current one on the text page). */
export function ClauseDiscussion({
  accordId,
  clauseId,
  version,
  sourceText,
  pendingQuote,
  onClearQuote,
  totalCount,
  historyPath,
}: {
  accordId: string;
  clauseId: string;
  version: number;
  sourceText: string;
  pendingQuote: QuoteRange | null;
  onClearQuote: () => void;
  /** Comments on every version of the clause (Clause.commentCount), when known. */
  totalCount: number | undefined;
  historyPath: string;
}) {
  const { me } = useSession();
  const { data, error, refetch } = useQuery(ClauseCommentsQuery, {
    variables: { id: clauseId, version },
  });
  // The counts follow the comment's event, like everyone else's.
  const actions = useCommentActions([ClauseCommentsQuery]);

  if (!data) {
    if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
    return <Loading label="Loading the discussion…" />;
  }
  const comments = data.clause?.comments ?? [];
  // Comments on earlier versions stay readable in the clause's history.
  const elsewhere = Math.max((totalCount ?? 0) - countVisible(comments), 0);
  return (
    <>
      {actions.failure && (
        <div className="notice notice--error" role="alert">
          <p>{actions.failure}</p>
        </div>
      )}
      <CommentThread
        title={`Discussion of version ${version}`}
        headingLevel={3}
        comments={comments}
        sourceText={sourceText}
        currentUserId={me?.id}
        pendingQuote={pendingQuote}
        onClearQuote={onClearQuote}
        emptyText="No comments on this version yet."
        onPost={(draft) =>
          // A reply takes its parent's version on the server.
          actions.post(
            postInput(
              { accordId, clauseId, clauseVersion: draft.parentId ? null : version },
              draft,
            ),
          )
        }
        onEdit={actions.edit}
        onDelete={actions.remove}
      />
      {elsewhere > 0 && (
        <p className="hint">
          {plural(elsewhere, 'comment')} on earlier versions:{' '}
          <Link to={historyPath}>read them in the history</Link>.
        </p>
      )}
    </>
  );
}
