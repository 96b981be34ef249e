import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { Attribution } from './Attribution';
import { ClauseHistoryQuery } from './history.graphql';
import { VersionDiff } from './VersionDiff';
import { VersionDiscussion } from './VersionDiscussion';
import { VersionSelect } from './VersionSelect';
import { VersionTimeline } from './VersionTimeline';

/** One clause's versions, the words changed between two of them, and who wrote which words. */
export function ClauseHistory({ accordId, clauseId }: { accordId: string; clauseId: string }) {
  const { data, error, refetch } = useQuery(ClauseHistoryQuery, { variables: { id: clauseId } });
  const clause = data?.clause;
  const versions = useMemo(
    () => [...(clause?.versions ?? [])].sort((a, b) => a.version - b.version),
    [clause],
  );
  const latest = versions.at(-1)?.version ?? 1;
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const fromVersion = from ?? Math.max(latest - 1, 1);
  const toVersion = to ?? latest;

  if (!clause) {
    if (error) return <ErrorNotice error={error} retry={() => void refetch()} />;
    return <Loading label="Loading versions…" />;
  }
  const numbers = versions.map((v) => v.version);
  return (
    <div className="clause-history">
      <VersionTimeline accordId={accordId} versions={versions} />
      <div className="version-diff">
        <div className="version-diff__pickers">
          <VersionSelect
            label="From version"
            value={fromVersion}
            versions={numbers}
            onChange={setFrom}
          />
          <VersionSelect label="To version" value={toVersion} versions={numbers} onChange={setTo} />
        </div>
        <VersionDiff clauseId={clauseId} fromVersion={fromVersion} toVersion={toVersion} />
        <h3 className="section-title">Who wrote which words</h3>
        <Attribution spans={clause.attribution} />
        <VersionDiscussion
          accordId={accordId}
          clauseId={clauseId}
          version={toVersion}
          text={versions.find((v) => v.version === toVersion)?.text ?? ''}
          isCurrent={toVersion === clause.current.version}
        />
      </div>
    </div>
  );
}
