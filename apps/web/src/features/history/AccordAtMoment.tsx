import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useLiveAccord } from '../../data/live';
import { ForceBadge } from '../../ui/Badges';
import { ErrorNotice } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { AccordAtQuery } from './history.graphql';

/** The accord's text as it stood after a chosen event, or on a chosen date. */
export function AccordAtMoment({
  accordId,
  lastSeq,
  initialSeq = null,
}: {
  accordId: string;
  lastSeq: number;
  /** The event to start from (a milestone's); the head of the log when absent. */
  initialSeq?: number | null;
}) {
  const live = useLiveAccord();
  const head = Math.max(lastSeq, live.lastSeq);
  const [seq, setSeq] = useState<number | null>(initialSeq);
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
        <TextField
          id="moment-seq"
          label={`After event ${chosenSeq} of ${head}`}
          type="range"
          min={1}
          max={Math.max(head, 1)}
          value={chosenSeq}
          onChange={(e) => {
            setDate('');
            setSeq(Number(e.target.value));
          }}
        />
        <TextField
          id="moment-date"
          label="Or as it stood on"
          fieldClassName="field field--narrow"
          type="datetime-local"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
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
