import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { Empty } from '../../ui/Feedback';
import { SelectField } from '../../ui/Field';
import { AccordQuery } from '../accords/accords.graphql';
import { AccordAtMoment } from './AccordAtMoment';
import { AccordComparison } from './AccordComparison';
import { ClauseHistory } from './ClauseHistory';
import { EventLog } from './EventLog';
import { ExportLinks } from './ExportLinks';
import { MilestonesPanel } from '../milestones/MilestonesPanel';
import './history.css';

/** The accord's record: each clause's versions, the text at any moment, the verified log, exports. */
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
  const atParam = Number.parseInt(search.get('at') ?? '', 10);
  const atSeq = Number.isInteger(atParam) && atParam > 0 ? atParam : null;

  return (
    <div className="history">
      <section className="history__block" aria-labelledby="clause-history-title">
        <div className="history__head">
          <h2 id="clause-history-title" className="page-subtitle">
            Clause history
          </h2>
          {accord.clauses.length > 0 && (
            <SelectField
              id="history-clause"
              label="Clause"
              fieldClassName="field field--inline"
              value={clauseId}
              onChange={(e) =>
                setSearch(
                  (current) => {
                    const next = new URLSearchParams(current);
                    next.set('clause', e.target.value);
                    return next;
                  },
                  { replace: true },
                )
              }
            >
              {accord.clauses.map((c) => (
                <option key={c.id} value={c.id}>
                  Article {c.number}
                  {c.current.heading ? ` — ${c.current.heading}` : ''}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        {clauseId ? (
          <ClauseHistory key={clauseId} accordId={accordId} clauseId={clauseId} />
        ) : (
          <Empty title="No clauses yet" />
        )}
      </section>
      <MilestonesPanel
        accordId={accordId}
        onShow={(seq) => {
          setSearch(
            (current) => {
              const next = new URLSearchParams(current);
              next.set('at', String(seq));
              return next;
            },
            { replace: true },
          );
          document.getElementById('moment-title')?.scrollIntoView({ block: 'start' });
        }}
      />
      <AccordAtMoment
        // A milestone picked above opens the text at its seq.
        key={atSeq ?? 'head'}
        accordId={accordId}
        lastSeq={accord.lastSeq}
        initialSeq={atSeq}
      />
      <AccordComparison accordId={accordId} lastSeq={accord.lastSeq} />
      <EventLog accordId={accordId} />
      <ExportLinks accordId={accordId} />
    </div>
  );
}
