import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useSession } from '../../app/session-context';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { CommentThread } from '../discussion/CommentThread';
import { ClauseCommentsQuery } from '../discussion/discussion.graphql';

const ignore = () => Promise.resolve(false);

/** What was said about one version of a clause: read only, quotes shown against its text. */
export function VersionDiscussion({
  accordId,
  clauseId,
  version,
  text,
  isCurrent,
}: {
  accordId: string;
  clauseId: string;
  version: number;
  text: string;
  isCurrent: boolean;
}) {
  const { me } = useSession();
  const { data, error, refetch } = useQuery(ClauseCommentsQuery, {
    variables: { id: clauseId, version },
  });
  if (!data) {
    if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
    return <Loading label="Loading the discussion…" />;
  }
  return (
    <div className="version-discussion" data-testid="version-discussion">
      <CommentThread
        title={`Discussion of version ${version}`}
        headingLevel={3}
        readOnly
        comments={data.clause?.comments ?? []}
        sourceText={text}
        currentUserId={me?.id}
        pendingQuote={null}
        onClearQuote={() => undefined}
        onPost={ignore}
        onEdit={ignore}
        onDelete={ignore}
        emptyText="Nobody commented on this version."
      />
      <p className="hint">
        Shows the version chosen in “To version”.{' '}
        {isCurrent ? (
          <>
            To comment, <Link to={`/accords/${accordId}`}>open it in the text</Link>.
          </>
        ) : (
          'Comments on earlier versions are kept as they were.'
        )}
      </p>
    </div>
  );
}
