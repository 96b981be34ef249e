import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLiveAccord } from '../../data/live';
import type { ArticleChangeKind } from '../../data/gql/graphql';
import { ForceBadge } from '../../ui/Badges';
import { DiffView } from '../../ui/DiffView';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { SelectField } from '../../ui/Field';
import { formatDateTime, kindLabels } from '../../ui/format';
import { AccordMilestonesQuery } from '../milestones/milestones.graphql';
import { AccordDiffQuery } from './history.graphql';
import { downloadExport, type ExportFile } from './download-export';
import { friendlyError } from '../../data/errors';

const NOW = 'now';
const START = 'start';

const changeWords: Record<ArticleChangeKind, string> = {
  ADDED: 'Added',
  REMOVED: 'Removed',
  MODIFIED: 'Reworded',
  MOVED: 'Moved',
  UNCHANGED: 'Unchanged',
};

/** A choice of moment: the start, a milestone (its id) or now; as the API's AccordMomentInput. */
function momentInput(choice: string, head: number) {
  if (choice === START) return { seq: 0 };
  if (choice === NOW) return { seq: head };
  return { milestoneId: choice };
}

/**
 * The whole accord as one redline between two moments (the start, a milestone, now): what each
 * article became, and the amendments that made it so.
 */
export function AccordComparison({ accordId, lastSeq }: { accordId: string; lastSeq: number }) {
  const live = useLiveAccord();
  const head = Math.max(lastSeq, live.lastSeq);
  const milestones =
    useQuery(AccordMilestonesQuery, { variables: { id: accordId } }).data?.accord?.milestones ?? [];
  const [fromChoice, setFrom] = useState<string | null>(null);
  const [toChoice, setTo] = useState(NOW);
  const [onlyChanged, setOnlyChanged] = useState(true);
  // From the latest milestone by default: "what changed since the last session".
  const from = fromChoice ?? milestones.at(-1)?.id ?? START;
  const { data, error, loading } = useQuery(AccordDiffQuery, {
    variables: { accordId, from: momentInput(from, head), to: momentInput(toChoice, head) },
  });
  const diff = data?.accordDiff;
  const changed = diff?.articles.filter((a) => a.kind !== 'UNCHANGED') ?? [];
  const shown = onlyChanged ? changed : (diff?.articles ?? []);

  const options = (
    <>
      <option value={START}>The start (before any event)</option>
      {milestones.map((m) => (
        <option key={m.id} value={m.id}>
          Milestone: {m.name} (event {m.seq})
        </option>
      ))}
      <option value={NOW}>Now (event {head})</option>
    </>
  );

  return (
    <section className="history__block" aria-labelledby="compare-title">
      <h2 id="compare-title" className="page-subtitle">
        Compare the whole text
      </h2>
      <div className="moment-controls">
        <SelectField
          id="compare-from"
          label="From"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        >
          {options}
        </SelectField>
        <SelectField
          id="compare-to"
          label="To"
          value={toChoice}
          onChange={(e) => setTo(e.target.value)}
        >
          {options}
        </SelectField>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(e) => setOnlyChanged(e.target.checked)}
          />{' '}
          Only the articles that changed
        </label>
      </div>
      {error && <ErrorNotice error={error} />}
      {loading && !diff && <Loading />}
      {diff && (
        <div className="comparison" data-testid="comparison">
          <RedlineDownloads accordId={accordId} since={momentInput(from, head)} />
          <p className="meta" aria-live="polite">
            From event {diff.from.seq} ({formatDateTime(diff.from.at)}) to event {diff.to.seq} (
            {formatDateTime(diff.to.at)}):{' '}
            {changed.length === 0
              ? 'no article changed.'
              : `${changed.length} of ${diff.articles.length} articles changed.`}
          </p>
          <ol className="comparison__articles">
            {shown.map((article) => {
              const was = article.from;
              const now = article.to;
              const label = now ?? was;
              return (
                <li
                  key={article.clauseId}
                  className={`comparison__article comparison__article--${article.kind.toLowerCase()}`}
                  data-testid="compared-article"
                >
                  <p className="snapshot__heading">
                    Article {label?.number}
                    {was && now && was.number !== now.number && ` (was ${was.number})`}
                    {label?.heading ? ` — ${label.heading}` : ''}{' '}
                    <span className={`change-badge change-badge--${article.kind.toLowerCase()}`}>
                      {changeWords[article.kind]}
                      {article.kind === 'MODIFIED' && article.moved ? ' and moved' : ''}
                    </span>
                  </p>
                  {was && now && was.force !== now.force && (
                    <p className="meta">
                      Normative force: <ForceBadge force={was.force} /> →{' '}
                      <ForceBadge force={now.force} />
                    </p>
                  )}
                  {was && now && (was.heading ?? null) !== (now.heading ?? null) && (
                    <p className="meta">
                      Heading: <del className="diff__del">{was.heading ?? '(none)'}</del>{' '}
                      <ins className="diff__ins">{now.heading ?? '(none)'}</ins>
                    </p>
                  )}
                  <DiffView parts={article.parts} label={`Article ${label?.number ?? ''}`} />
                  {article.amendments.length > 0 && (
                    <p className="meta">
                      By{' '}
                      {article.amendments.map((a, i) => (
                        <span key={a.id}>
                          {i > 0 && ', '}
                          <Link to={`/accords/${accordId}/amendments/${a.id}`}>
                            {kindLabels[a.kind].toLowerCase()} by {a.onBehalfOf.name}
                          </Link>
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}

/** The comparison, from its first moment to now, as a Markdown or Akoma Ntoso redline. */
function RedlineDownloads({
  accordId,
  since,
}: {
  accordId: string;
  since: { seq: number } | { milestoneId: string };
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const download = (file: ExportFile) => {
    setFailure(null);
    downloadExport(accordId, file, since).catch((error: unknown) =>
      setFailure(friendlyError(error)),
    );
  };
  return (
    <p className="actions">
      <button type="button" className="button button--small" onClick={() => download('export.md')}>
        Redline since then (Markdown)
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => download('export.akn.xml')}
      >
        Redline since then (Akoma Ntoso)
      </button>
      {failure && <span className="field__error">{failure}</span>}
    </p>
  );
}
