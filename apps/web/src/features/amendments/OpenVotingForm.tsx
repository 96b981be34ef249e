import { type FormEvent, useId, useState } from 'react';
import { TextField } from '../../ui/Field';
import { readClosingTime, toLocalInputValue } from '../voting/deadline';
import './amendments.css';

/** The facilitator opens the vote, with an optional closing time in his own time zone. */
export function OpenVotingForm({
  busy,
  onOpen,
}: {
  busy: boolean;
  onOpen: (closesAt: string | null) => void;
}) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  function submit(event: FormEvent) {
    event.preventDefault();
    const read = readClosingTime(value, Date.now());
    if ('error' in read) return setError(read.error);
    setError(null);
    onOpen(read.closesAt);
  }

  return (
    <form className="open-vote" onSubmit={submit} noValidate aria-label="Open the vote">
      <TextField
        id={`${id}-closes`}
        label="Voting closes at (optional)"
        hint={`In your time zone (${timeZone}). Leave it empty to close the vote yourself; with a time, it closes automatically then.`}
        error={error}
        announceError
        type="datetime-local"
        min={toLocalInputValue(new Date())}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        Open the vote
      </button>
    </form>
  );
}
