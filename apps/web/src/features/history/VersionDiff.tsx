import { useQuery } from '@apollo/client/react';
import { DiffView } from '../../ui/DiffView';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { ClauseDiffQuery } from './history.graphql';

/** The words changed between two versions of a clause, as the server diffs them. */
export function VersionDiff({
  clauseId,
  fromVersion,
  toVersion,
}: {
  clauseId: string;
  fromVersion: number;
  toVersion: number;
}) {
  const { data, error } = useQuery(ClauseDiffQuery, {
    variables: { clauseId, fromVersion, toVersion },
  });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading label="Comparing…" />;
  return (
    <div data-testid="version-diff">
      <DiffView
        parts={data.clauseDiff.parts}
        label={`Changes from version ${fromVersion} to version ${toVersion}`}
      />
    </div>
  );
}
