import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { TextField } from '../../ui/Field';
import { ErrorNotice } from '../../ui/Feedback';
import { readLocalTime, toLocalInputValue } from '../voting/deadline';
import { SetProposalWindowMutation } from '../facilitation/facilitation.graphql';
import './proposal-window.css';

interface Accord {
  id: string;
  proposalsOpenFrom?: string | null;
  proposalsCloseAt?: string | null;
}

const asInput = (iso: string | null | undefined) => (iso ? toLocalInputValue(new Date(iso)) : '');

/**
 * The facilitator sets when amendments may be proposed, in his own time zone; either end may be
 * left empty. "Close proposals now" ends the window at once; proposals already made stay.
 */
export function ProposalWindowForm({ accord }: { accord: Accord }) {
  const id = useId();
  const [opensAt, setOpensAt] = useState(asInput(accord.proposalsOpenFrom));
  const [closesAt, setClosesAt] = useState(asInput(accord.proposalsCloseAt));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [setWindow, { loading, error, reset }] = useMutation(SetProposalWindowMutation);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function save(
    window: { opensAt: string | null; closesAt: string | null; closeNow?: boolean },
    done: string,
  ) {
    reset();
    setSaved(null);
    const result = await setWindow({ variables: { accordId: accord.id, ...window } }).catch(
      () => null,
    );
    if (!result?.data) return;
    const set = result.data.setProposalWindow;
    setOpensAt(asInput(set.proposalsOpenFrom));
    setClosesAt(asInput(set.proposalsCloseAt));
    setSaved(done);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const from = readLocalTime(opensAt);
    const until = readLocalTime(closesAt);
    if ('error' in from) return setInvalid(from.error);
    if ('error' in until) return setInvalid(until.error);
    if (from.at && until.at && Date.parse(from.at) >= Date.parse(until.at)) {
      return setInvalid('The window must close after it opens.');
    }
    setInvalid(null);
    void save({ opensAt: from.at, closesAt: until.at }, 'Proposal window saved.');
  }

  return (
    <form
      className="stack proposal-window-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="chamber-list__title">
        Proposal window
      </h3>
      <p className="hint">
        When parties may propose amendments, in your time zone ({timeZone}). Empty: no limit.
      </p>
      <TextField
        id={`${id}-opens`}
        label="Proposals open at"
        type="datetime-local"
        value={opensAt}
        onChange={(e) => {
          setOpensAt(e.target.value);
          setInvalid(null);
        }}
      />
      <TextField
        id={`${id}-closes`}
        label="Proposals close at"
        type="datetime-local"
        error={invalid}
        announceError
        value={closesAt}
        onChange={(e) => {
          setClosesAt(e.target.value);
          setInvalid(null);
        }}
      />
      <div className="proposal-window-form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Save the window
        </button>
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={() =>
            // The server's clock, which proposals are judged by, not this computer's.
            void save({ opensAt: null, closesAt: null, closeNow: true }, 'Proposals are closed.')
          }
        >
          Close proposals now
        </button>
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={() =>
            void save({ opensAt: null, closesAt: null }, 'Proposals are open, without limit.')
          }
        >
          No limit
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
      {saved && (
        <p className="hint" role="status">
          {saved}
        </p>
      )}
    </form>
  );
}
