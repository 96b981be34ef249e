import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { AccordQuery as AccordResult, ParticipantRole } from '../../data/gql/graphql';
import { SelectField, TextField } from '../../ui/Field';
import { ErrorNotice } from '../../ui/Feedback';
import { groupLabels } from '../../ui/format';
import { OrganizationLabel } from '../../ui/OrganizationLabel';
import { AccordQuery } from '../accords/accords.graphql';
import { OrganizationByIdQuery, OrganizationsQuery } from '../organizations/organizations.graphql';
import { AddParticipantMutation } from './facilitation.graphql';

type Accord = NonNullable<AccordResult['accord']>;

/**
 * Finds an organization in the directory (verified ones, by name, country or website) or, for an
 * unverified one that may only observe, by the id its representative gives.
 */
export function AddParticipantForm({ accord }: { accord: Accord }) {
  const [search, setSearch] = useState('');
  const [byId, setById] = useState('');
  const directory = useQuery(OrganizationsQuery, {
    variables: { search: search.trim() || null, first: 20 },
  });
  const looked = useQuery(OrganizationByIdQuery, {
    variables: { id: byId.trim() },
    skip: !UUID.test(byId.trim()),
  });
  const [addParticipant, { loading, error, reset }] = useMutation(AddParticipantMutation, {
    refetchQueries: [AccordQuery],
  });
  const [organizationId, setOrganizationId] = useState('');
  const [role, setRole] = useState<ParticipantRole>('PARTY');
  const [done, setDone] = useState<string | null>(null);
  const taking = new Set(accord.participants.map((p) => p.organization.id));
  const found = looked.data?.organization;
  const candidates = [
    ...(found && !taking.has(found.id) ? [found] : []),
    ...(directory.data?.organizations ?? []).filter((o) => !taking.has(o.id) && o.id !== found?.id),
  ];
  const chosen = candidates.find((o) => o.id === organizationId) ?? null;
  const unverifiedParty = chosen !== null && !chosen.verified && role === 'PARTY';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!organizationId || unverifiedParty) return;
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
      <TextField
        id="participant-search"
        label="Find an organization"
        type="search"
        hint="Verified organizations by name, country or website"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <SelectField
        id="participant-org"
        label="Organization"
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
            {o.country ? `, ${o.country}` : ''} · {o.verified ? '✓ verified' : 'unverified'} ·{' '}
            {o.handle}
          </option>
        ))}
      </SelectField>
      {chosen && <OrganizationLabel organization={chosen} />}
      <TextField
        id="participant-id"
        label="Or an unverified organization’s id (it may only observe)"
        value={byId}
        onChange={(e) => {
          setById(e.target.value);
          const id = e.target.value.trim();
          if (UUID.test(id)) setOrganizationId(id);
        }}
      />
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
      {unverifiedParty && (
        <p className="notice notice--warn" role="note">
          {chosen.name} is not verified by a platform operator: it may only observe.
        </p>
      )}
      <button
        type="submit"
        className="button"
        disabled={loading || !organizationId || unverifiedParty}
      >
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
