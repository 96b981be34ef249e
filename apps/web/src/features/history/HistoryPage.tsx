import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { friendlyError } from '../../data/errors';
import { useLiveAccord } from '../../data/live';
import { ForceBadge } from '../../ui/Badges';
import { DiffView } from '../../ui/DiffView';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { formatDateTime } from '../../ui/format';
import { AccordQuery } from '../accords/accords.graphql';
import {
  AccordAtQuery,
  AccordCheckpointsQuery,
  AccordEventsQuery,
  ClauseDiffQuery,
  ClauseHistoryQuery,
  VerifyHistoryQuery,
} from './history.graphql';
import { downloadExport, type ExportFile } from './download-export';
import { EVENT_LOG_PAGE } from './history.events';
import { describeEvent } from './event-words';
import { VersionDiscussion } from './VersionDiscussion';

export function HistoryPage() {
  const { accordId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data } = useQuery(AccordQuery, {
    variables: { id: accordId },
    fetchPolicy: 'cache-first',
  });
  const accord = data?.accord;
  if (!accord) return null;
  const clauseId = search.get('clause') ?? accord.clauses[0]?.id ?? '';

  return (
    <div className="history">
      <section className="history__block" aria-labelledby="clause-history-title">
        <div className="history__head">
          <h2 id="clause-history-title" className="page-subtitle">
            Clause history
          </h2>
          {accord.clauses.length > 0 && (
            <div className="field field--inline">
              <label htmlFor="history-clause">Clause</label>
              <select
                id="history-clause"
                value={clauseId}
                onChange={(e) => setSearch({ clause: e.target.value }, { replace: true })}
              >
                {accord.clauses.map((c) => (
                  <option key={c.id} value={c.id}>
                    Article {c.number}
                    {c.current.heading ? ` — ${c.current.heading}` : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {clauseId ? (
          <ClauseHistory key={clauseId} accordId={accordId} clauseId={clauseId} />
        ) : (
          <Empty title="No clauses yet" />
        )}
      </section>
      <AccordAtMoment accordId={accordId} lastSeq={accord.lastSeq} />
      <EventLog accordId={accordId} />
      <Exports accordId={accordId} />
    </div>
  );
}

function ClauseHistory({ accordId, clauseId }: { accordId: string; clauseId: string }) {
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
  return (
    <div className="clause-history">
      <ol className="timeline" aria-label="Versions" data-testid="timeline">
        {[...versions].reverse().map((v) => (
          <li key={v.version} className="timeline__item">
            <span className="timeline__version">v{v.version}</span>
            <div>
              <p className="timeline__title">
                {v.heading ?? 'Untitled'} <ForceBadge force={v.force} />
              </p>
              <p className="meta">
                {formatDateTime(v.createdAt)}
                {v.author ? ` · by ${v.author.name}` : ' · original text'}
                {v.amendment && (
                  <>
                    {' · '}
                    <Link to={`/accords/${accordId}/amendments/${v.amendment.id}`}>amendment</Link>
                  </>
                )}
              </p>
            </div>
          </li>
        ))}
      </ol>
      <div className="version-diff">
        <div className="version-diff__pickers">
          <VersionSelect
            label="From version"
            value={fromVersion}
            versions={versions.map((v) => v.version)}
            onChange={setFrom}
          />
          <VersionSelect
            label="To version"
            value={toVersion}
            versions={versions.map((v) => v.version)}
            onChange={setTo}
          />
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

function VersionSelect({
  label,
  value,
  versions,
  onChange,
}: {
  label: string;
  value: number;
  versions: number[];
  onChange: (version: number) => void;
}) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            v{v}
          </option>
        ))}
      </select>
    </div>
  );
}

function VersionDiff({
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

const AUTHOR_HUES = 6;

function Attribution({
  spans,
}: {
  spans: { text: string; version: number; author: { id: string; name: string } | null }[];
}) {
  const authors = [...new Map(spans.map((s) => [s.author?.id ?? '', s.author])).entries()];
  const hue = (authorId: string) => authors.findIndex(([id]) => id === authorId) % AUTHOR_HUES;
  return (
    <div className="attribution">
      <p className="attribution__text" data-testid="attribution">
        {spans.map((span, index) => (
          <span
            key={index}
            className={`attr attr--${hue(span.author?.id ?? '')}`}
            title={`Version ${span.version}${span.author ? `, ${span.author.name}` : ', original text'}`}
          >
            {span.text}
          </span>
        ))}
      </p>
      <ul className="attribution__legend" aria-label="Authors">
        {authors.map(([id, author]) => (
          <li key={id || 'original'}>
            <span className={`attr-key attr--${hue(id)}`} aria-hidden="true" />
            {author?.name ?? 'Original text'}
          </li>
        ))}
      </ul>
    </div>
  );
}

function AccordAtMoment({ accordId, lastSeq }: { accordId: string; lastSeq: number }) {
  const live = useLiveAccord();
  const head = Math.max(lastSeq, live.lastSeq);
  const [seq, setSeq] = useState<number | null>(null);
  const [date, setDate] = useState('');
  const chosenSeq = seq ?? head;
  const at = date ? new Date(date).toISOString() : null;
  const { data, error } = useQuery(AccordAtQuery, {
    variables: at ? { accordId, at } : { accordId, seq: chosenSeq },
  });
  return (
    <section className="history__block" aria-labelledby="moment-title">
      <h2 id="moment-title" className="page-subtitle">
        The accord at a moment
      </h2>
      <div className="moment-controls">
        <div className="field">
          <label htmlFor="moment-seq">
            After event {chosenSeq} of {head}
          </label>
          <input
            id="moment-seq"
            type="range"
            min={1}
            max={Math.max(head, 1)}
            value={chosenSeq}
            onChange={(e) => {
              setDate('');
              setSeq(Number(e.target.value));
            }}
          />
        </div>
        <div className="field field--narrow">
          <label htmlFor="moment-date">Or as it stood on</label>
          <input
            id="moment-date"
            type="datetime-local"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
      </div>
      {error && <ErrorNotice error={error} />}
      {data && (
        <div className="snapshot" data-testid="snapshot">
          <p className="meta">
            As it stood on {formatDateTime(data.accordAt.at)} (event {data.accordAt.seq})
          </p>
          {data.accordAt.clauses.length === 0 ? (
            <p className="muted">No clauses at that moment.</p>
          ) : (
            <ol className="snapshot__clauses">
              {data.accordAt.clauses.map((c) => (
                <li key={c.clauseId}>
                  <p className="snapshot__heading">
                    Article {c.number}
                    {c.heading ? ` — ${c.heading}` : ''} <ForceBadge force={c.force} />{' '}
                    <span className="muted">v{c.version}</span>
                  </p>
                  <p>{c.text}</p>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}

function EventLog({ accordId }: { accordId: string }) {
  const events = useQuery(AccordEventsQuery, {
    variables: { accordId, first: EVENT_LOG_PAGE },
  });
  const verification = useQuery(VerifyHistoryQuery, { variables: { accordId } });
  const signing = useQuery(AccordCheckpointsQuery, { variables: { accordId } });
  const v = verification.data?.verifyHistory;
  const checkpoints = signing.data?.accordCheckpoints ?? [];
  const signed = new Map(checkpoints.map((c) => [c.seq, c]));
  const every = checkpoints.at(-1)?.every;
  const key = signing.data?.signingKeys.find((k) => k.current);
  return (
    <section className="history__block" aria-labelledby="log-title">
      <div className="history__head">
        <h2 id="log-title" className="page-subtitle">
          Event log
        </h2>
        {v ? (
          <p
            className={`verify verify--${v.ok ? 'ok' : 'broken'}`}
            data-testid="verification"
            title={`Head hash ${v.headHash}`}
          >
            {v.ok
              ? `✓ Verified: ${v.checked} events, hash chain intact, ${v.checkpointsVerified} signed checkpoint${v.checkpointsVerified === 1 ? '' : 's'}`
              : `✗ Broken at event ${v.firstBrokenSeq ?? '?'}`}
          </p>
        ) : verification.error ? (
          <p className="verify verify--unknown">Verification unavailable</p>
        ) : (
          <Loading label="Verifying…" />
        )}
      </div>
      {v && !v.ok && <p className="hint">{v.explanation}</p>}
      {key && (
        <p className="checkpoints" data-testid="signing-key">
          The head of the log is signed at each vote close and at least every{' '}
          {every ? `${every} events` : 'few events'}, with the deployment key{' '}
          <code>{key.keyId}</code> (Ed25519, fingerprint{' '}
          <code className="hash">{key.fingerprint}</code>): a rewrite of the log by someone without
          that key no longer matches its signatures.
        </p>
      )}
      {events.error && <ErrorNotice error={events.error} />}
      {events.data && (
        <div className="table-wrap">
          <table className="log">
            <caption className="visually-hidden">Events in order</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Event</th>
                <th scope="col">Hash</th>
                <th scope="col">Signed</th>
              </tr>
            </thead>
            <tbody>
              {[...events.data.accordEvents].reverse().map((event) => {
                const checkpoint = signed.get(event.seq);
                const words = describeEvent(event);
                return (
                  <tr key={event.seq}>
                    <td>{event.seq}</td>
                    <td>{formatDateTime(event.at)}</td>
                    <td>
                      <code>{event.type}</code>
                      {words && <p className="log__words">{words}</p>}
                    </td>
                    <td>
                      <code className="hash" title={event.hash}>
                        {event.hash.slice(0, 12)}…
                      </code>
                    </td>
                    <td>
                      {checkpoint && (
                        <span
                          className="signed-mark"
                          title={`Checkpoint signed ${formatDateTime(checkpoint.at)} by key ${checkpoint.keyId}: ${checkpoint.signature}`}
                        >
                          ✓ <span className="visually-hidden">signed checkpoint</span>
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const EXPORTS: { file: ExportFile; label: string }[] = [
  { file: 'export.md', label: 'Markdown' },
  { file: 'export.json', label: 'JSON with event log' },
  { file: 'export.akn.xml', label: 'Akoma Ntoso XML' },
];

function Exports({ accordId }: { accordId: string }) {
  const [busy, setBusy] = useState<ExportFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function download(file: ExportFile) {
    setBusy(file);
    setFailure(null);
    try {
      await downloadExport(accordId, file);
    } catch (error) {
      setFailure(friendlyError(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="history__block" aria-labelledby="exports-title">
      <h2 id="exports-title" className="page-subtitle">
        Downloads
      </h2>
      <div className="actions">
        {EXPORTS.map((e) => (
          <button
            key={e.file}
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void download(e.file)}
          >
            {busy === e.file ? 'Preparing…' : e.label}
          </button>
        ))}
      </div>
      {failure && (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      )}
    </section>
  );
}
