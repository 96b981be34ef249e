import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { AccordViewerQuery } from '../accords/accords.graphql';
import { AccordMilestonesQuery, MarkMilestoneMutation } from './milestones.graphql';
import './milestones.css';

/**
 * The accord's named moments ("Draft after first reading"), each opening the text as it stood;
 * its facilitator names the text as it stands now.
 */
export function MilestonesPanel({
  accordId,
  onShow,
}: {
  accordId: string;
  /** Shows the text as it stood at this seq. */
  onShow: (seq: number) => void;
}) {
  const { data, error } = useQuery(AccordMilestonesQuery, { variables: { id: accordId } });
  const viewer = useQuery(AccordViewerQuery, { variables: { id: accordId } }).data?.accord;
  const milestones = data?.accord?.milestones ?? [];
  return (
    <section className="history__block" aria-labelledby="milestones-title">
      <h2 id="milestones-title" className="page-subtitle">
        Milestones
      </h2>
      {error && <ErrorNotice error={error} />}
      {data && milestones.length === 0 && (
        <p className="muted">No milestone yet: the facilitator names the text at key moments.</p>
      )}
      {milestones.length > 0 && (
        <ol className="milestone-list">
          {milestones.map((m) => (
            <li key={m.id} className="milestone" data-testid="milestone">
              <span className="milestone__name">{m.name}</span>
              <span className="meta">
                {formatDateTime(m.markedAt)} · event {m.seq}
                {m.markedBy ? ` · by ${m.markedBy.displayName}` : ''}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => onShow(m.seq)}
                aria-label={`Show the text at milestone ${m.name}`}
              >
                Show the text then
              </button>
            </li>
          ))}
        </ol>
      )}
      {viewer?.viewerIsFacilitator && <MarkMilestoneForm accordId={accordId} />}
    </section>
  );
}

function MarkMilestoneForm({ accordId }: { accordId: string }) {
  const [name, setName] = useState('');
  const [mark, { loading, error }] = useMutation(MarkMilestoneMutation, {
    refetchQueries: [{ query: AccordMilestonesQuery, variables: { id: accordId } }],
  });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await mark({ variables: { accordId, name: name.trim() } }).catch(() => null);
    if (result?.data) setName('');
  }
  return (
    <form className="milestone-form" onSubmit={(e) => void submit(e)}>
      <TextField
        id="milestone-name"
        label="Name the text as it stands now"
        hint="For example “Draft after first reading”. Everyone can go back to it and compare."
        maxLength={120}
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      {error && <ErrorNotice error={error} />}
      <button type="submit" className="button" disabled={loading || !name.trim()}>
        Mark milestone
      </button>
    </form>
  );
}
