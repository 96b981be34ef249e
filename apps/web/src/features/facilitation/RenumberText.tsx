import { useMutation } from '@apollo/client/react';
import { describeRenumbering, renumbering } from '@plenary/text-history';
import { useEffect, useRef, useState } from 'react';
import type { AccordQuery as AccordResult } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { AccordQuery } from '../accords/accords.graphql';
import { RenumberClausesMutation } from './facilitation.graphql';
import './facilitation.css';

type Accord = NonNullable<AccordResult['accord']>;

/**
 * Article numbers stay fixed as the text changes (5 bis, gaps, 7 before 6 after a move); the
 * facilitator may number the whole text 1, 2, 3 … as one act, after seeing what changes.
 */
export function RenumberText({ accord }: { accord: Accord }) {
  const changes = renumbering(accord.clauses);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const [renumber, { loading, error, reset }] = useMutation(RenumberClausesMutation, {
    refetchQueries: [AccordQuery],
  });

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function confirm() {
    const result = await renumber({ variables: { accordId: accord.id } }).catch(() => null);
    if (result?.data) {
      setConfirming(false);
      setDone(`${describeRenumbering(result.data.renumberClauses.changes)}.`);
    }
  }

  return (
    <section className="stack renumber" aria-labelledby="renumber-title">
      <h3 id="renumber-title" className="chamber-list__title">
        Article numbers
      </h3>
      {changes.length === 0 ? (
        <p className="hint">The text reads 1, 2, 3 … in order.</p>
      ) : (
        <p className="hint">
          Numbers stay as given while the text changes. Renumbering gives the text 1, 2, 3 … in its
          order; references in amendments and comments follow.
        </p>
      )}
      {!confirming ? (
        <button
          type="button"
          className="button"
          disabled={changes.length === 0}
          onClick={() => {
            reset();
            setDone(null);
            setConfirming(true);
          }}
        >
          Renumber the text
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby="renumber-confirm-title">
          <h4 id="renumber-confirm-title" ref={confirmRef} tabIndex={-1} className="confirm__title">
            Renumber {changes.length === 1 ? 'one article' : `${changes.length} articles`}?
          </h4>
          <ul className="renumber__changes" data-testid="renumber-changes">
            {changes.map((c) => (
              <li key={c.id}>
                Article {c.from} → {c.to}
              </li>
            ))}
          </ul>
          {error && <ErrorNotice error={error} />}
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={loading}
              onClick={() => void confirm()}
            >
              Renumber
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {done && (
        <p className="hint" role="status">
          {done}
        </p>
      )}
    </section>
  );
}
