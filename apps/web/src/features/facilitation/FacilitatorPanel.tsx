import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { AccordQuery as AccordResult, ParticipantRole } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { groupLabels, kindLabels } from '../../ui/format';
import { AccordQuery } from '../accords/accords.graphql';
import { OrganizationsQuery } from '../organizations/organizations.graphql';
import { quorumProgress } from '../voting/rule-words';
import { VotingDeadline } from '../voting/VotingDeadline';
import { DecisionRuleEditor } from './DecisionRuleEditor';
import { RenumberText } from './RenumberText';
import { AddParticipantMutation, VotesInProgressQuery } from './facilitation.graphql';

type Accord = NonNullable<AccordResult['accord']>;

/** The secretariat's desk: invite participants, follow the votes in progress, renumber. */
export function FacilitatorPanel({ accord }: { accord: Accord }) {
  return (
    <section className="side-section facilitator" aria-labelledby="facilitator-title">
      <h2 id="facilitator-title" className="side-title">
        Facilitator
      </h2>
      <VotesInProgress accord={accord} />
      <DecisionRuleEditor accord={accord} />
      <RenumberText accord={accord} />
      <AddParticipantForm accord={accord} />
    </section>
  );
}

function VotesInProgress({ accord }: { accord: Accord }) {
  const { data } = useQuery(VotesInProgressQuery, { variables: { accordId: accord.id } });
  const votes = data?.accord?.amendments ?? [];
  if (votes.length === 0) return <p className="muted">No vote is open.</p>;
  return (
    <ul className="quorum-list">
      {votes.map((amendment) => {
        const progress = quorumProgress(accord.rule, amendment.tally);
        const ratio = amendment.tally.eligible
          ? amendment.tally.cast / amendment.tally.eligible
          : 0;
        return (
          <li key={amendment.id}>
            <Link to={`/accords/${accord.id}/amendments/${amendment.id}`}>
              {kindLabels[amendment.kind]}
              {amendment.clause ? `, article ${amendment.clause.number}` : ''}
              {amendment.newArticle ? `, article ${amendment.newArticle.number}` : ''}
            </Link>
            <div
              className="meter"
              role="meter"
              aria-valuemin={0}
              aria-valuemax={amendment.tally.eligible}
              aria-valuenow={amendment.tally.cast}
              aria-label="Parties that have voted"
            >
              <span className="meter__fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
              {progress.needed > 0 && (
                <span
                  className="meter__mark"
                  style={{
                    left: `${Math.round((progress.needed / Math.max(amendment.tally.eligible, 1)) * 100)}%`,
                  }}
                />
              )}
            </div>
            <p className="hint">{progress.text}</p>
            <VotingDeadline status="VOTING" closesAt={amendment.closesAt} />
          </li>
        );
      })}
    </ul>
  );
}

function AddParticipantForm({ accord }: { accord: Accord }) {
  const { data } = useQuery(OrganizationsQuery);
  const [addParticipant, { loading, error, reset }] = useMutation(AddParticipantMutation, {
    refetchQueries: [AccordQuery],
  });
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<ParticipantRole>('PARTY');
  const [done, setDone] = useState<string | null>(null);
  const taking = new Set(accord.participants.map((p) => p.organization.id));
  const candidates = (data?.organizations ?? []).filter((o) => !taking.has(o.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!organizationId) return;
    setDone(null);
    const result = await addParticipant({
      variables: { accordId: accord.id, organizationId, role },
    }).catch(() => null);
    if (result?.data) {
      setDone(`${result.data.addParticipant.organization.name} now takes part.`);
      setOrganizationId('');
    }
  }

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label="Add a participant">
      <h3 className="chamber-list__title">Add a participant</h3>
      {error && <ErrorNotice error={error} />}
      <div className="field">
        <label htmlFor="participant-org">Organization</label>
        <select
          id="participant-org"
          value={organizationId}
          onChange={(e) => {
            reset();
            setOrganizationId(e.target.value);
          }}
          required
        >
          <option value="">Choose…</option>
          {candidates.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} — {groupLabels[o.group]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field radio-row">
        <legend>Role</legend>
        <label>
          <input
            type="radio"
            name="participant-role"
            checked={role === 'PARTY'}
            onChange={() => setRole('PARTY')}
          />{' '}
          Party (votes)
        </label>
        <label>
          <input
            type="radio"
            name="participant-role"
            checked={role === 'OBSERVER'}
            onChange={() => setRole('OBSERVER')}
          />{' '}
          Observer
        </label>
      </fieldset>
      <button type="submit" className="button" disabled={loading || !organizationId}>
        Add participant
      </button>
      {done && (
        <p className="hint" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
