import { useMutation } from '@apollo/client/react';
import { diffWords } from '@plenary/text-history';
import { type FormEvent, useMemo, useState } from 'react';
import type { AmendmentQuery as AmendmentResult } from '../../data/gql/graphql';
import { DiffView } from '../../ui/DiffView';
import { ErrorNotice } from '../../ui/Feedback';
import { TextAreaField } from '../../ui/Field';
import { voteSuspended } from '../accords/suspended-votes';
import { AmendmentQuery, RebaseAmendmentMutation } from './amendments.graphql';
import { asSentence, conflictWords } from './conflict-words';
import './amendments.css';

type Amendment = NonNullable<AmendmentResult['amendment']>;

/**
 * A CONFLICT: the clause changed under the amendment and the edits overlap. Show the three texts
 * — the base it was written on, the current text, and the proposal — and let its author rewrite
 * the proposal on top of the current text.
 */
export function RebasePanel({
  amendment,
  canRebase,
}: {
  amendment: Amendment;
  canRebase: boolean;
}) {
  const clause = amendment.clause;
  const base = clause?.versions.find((v) => v.version === amendment.baseVersion);
  const current = clause?.current;
  const [text, setText] = useState(amendment.text ?? '');
  const [rebase, { loading, error }] = useMutation(RebaseAmendmentMutation, {
    refetchQueries: [AmendmentQuery],
  });
  const preview = useMemo(() => (current ? diffWords(current.text, text) : []), [current, text]);
  if (!clause || !current) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await rebase({ variables: { amendmentId: amendment.id, text } }).catch(() => null);
  }

  // Only a MODIFY on a clause that still exists carries text to put on the current version.
  const rebaseable = amendment.kind === 'MODIFY_CLAUSE' && !clause.removed;
  const suspended = voteSuspended(amendment);
  const reason = amendment.conflict && (
    <p className="notice notice--warn" data-testid="conflict-reason">
      {asSentence(conflictWords(amendment.conflict, clause.number))}{' '}
      {suspended ? 'Its vote was suspended; the ballots cast are kept. ' : ''}
      {rebaseable
        ? 'No vote can be opened on it until it is rebased.'
        : 'It can no longer be voted on; its sponsor may withdraw it.'}
    </p>
  );
  if (!rebaseable) {
    return (
      <section className="rebase card" aria-labelledby="rebase-title" data-testid="rebase">
        <h3 id="rebase-title" className="section-title">
          Conflict: the amendment no longer applies
        </h3>
        {reason}
      </section>
    );
  }

  return (
    <section className="rebase card" aria-labelledby="rebase-title" data-testid="rebase">
      <h3 id="rebase-title" className="section-title">
        Conflict: the clause changed since this amendment was written
      </h3>
      {reason}
      <div className="three-texts">
        <div>
          <p className="preview__label">Base (version {amendment.baseVersion})</p>
          <p className="three-texts__text">{base?.text ?? '—'}</p>
        </div>
        <div>
          <p className="preview__label">Current (version {current.version})</p>
          <p className="three-texts__text">{current.text}</p>
        </div>
        <div>
          <p className="preview__label">Yours</p>
          <p className="three-texts__text">{amendment.text}</p>
        </div>
      </div>
      {canRebase ? (
        <form onSubmit={(e) => void submit(e)} className="stack">
          <TextAreaField
            id="rebase-text"
            label="Your text, rewritten on the current version"
            className="text-editor"
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <p className="preview__label">Against the current text:</p>
          <DiffView parts={preview} label="Changes against the current text" />
          {error && <ErrorNotice error={error} />}
          <button type="submit" className="button button--primary" disabled={loading}>
            Rebase amendment
          </button>
        </form>
      ) : (
        <p className="muted">Its sponsor must rebase it on the current text.</p>
      )}
    </section>
  );
}
