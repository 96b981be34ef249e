import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useSession } from '../../app/session-context';
import type { MembershipRole, StakeholderGroup } from '../../data/gql/graphql';
import { Empty, ErrorNotice } from '../../ui/Feedback';
import { groupLabels, groupOrder } from '../../ui/format';
import { MeQuery } from '../auth/auth.graphql';
import { AddMemberMutation, CreateOrganizationMutation } from './organizations.graphql';

export function OrganizationsPage() {
  const { me, actingFor, setActingFor } = useSession();
  const memberships = me?.memberships ?? [];
  return (
    <div className="page">
      <h1>Your organizations</h1>
      <p className="lede">
        Votes belong to organizations: you draft and vote on behalf of the one you act for.
      </p>
      {memberships.length === 0 ? (
        <Empty title="You do not act for an organization yet">
          Ask your organization’s representative to add you, or register your organization below.
        </Empty>
      ) : (
        <ul className="org-list">
          {memberships.map((m) => (
            <li key={m.organization.id} className="card org-item">
              <div>
                <h2>{m.organization.name}</h2>
                <p className="meta">
                  {groupLabels[m.organization.group]}
                  {m.organization.country ? ` · ${m.organization.country}` : ''} ·{' '}
                  {m.role === 'REPRESENTATIVE' ? 'Representative (may vote)' : 'Member'}
                </p>
              </div>
              {actingFor?.organization.id === m.organization.id ? (
                <span className="pill">Acting for</span>
              ) : (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setActingFor(m.organization.id)}
                >
                  Act for {m.organization.name}
                </button>
              )}
              {m.role === 'REPRESENTATIVE' && <AddMemberForm organizationId={m.organization.id} />}
            </li>
          ))}
        </ul>
      )}
      <CreateOrganizationForm />
    </div>
  );
}

function AddMemberForm({ organizationId }: { organizationId: string }) {
  const [addMember, { loading, error }] = useMutation(AddMemberMutation);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [done, setDone] = useState<string | null>(null);
  const id = `member-${organizationId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = await addMember({ variables: { organizationId, email, role } }).catch(
      () => null,
    );
    if (result?.data) {
      setDone(`${result.data.addMember.user.displayName} now acts for this organization.`);
      setEmail('');
    }
  }
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)}>
      {error && <ErrorNotice error={error} />}
      <div className="field">
        <label htmlFor={`${id}-email`}>Add a delegate by email</label>
        <input
          id={`${id}-email`}
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value as MembershipRole)}
        >
          <option value="MEMBER">Member (drafts, comments)</option>
          <option value="REPRESENTATIVE">Representative (also votes)</option>
        </select>
      </div>
      <button type="submit" className="button" disabled={loading}>
        Add
      </button>
      {done && (
        <p className="hint" role="status">
          {done}
        </p>
      )}
    </form>
  );
}

function CreateOrganizationForm() {
  const { setActingFor } = useSession();
  const [create, { loading, error }] = useMutation(CreateOrganizationMutation, {
    refetchQueries: [MeQuery],
    awaitRefetchQueries: true,
  });
  const [name, setName] = useState('');
  const [group, setGroup] = useState<StakeholderGroup>('GOVERNMENT');
  const [country, setCountry] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({
      variables: { name, group, country: country || null },
    }).catch(() => null);
    if (result?.data) {
      setActingFor(result.data.createOrganization.id);
      setName('');
      setCountry('');
    }
  }
  return (
    <form className="card form-card" onSubmit={(e) => void submit(e)} aria-labelledby="new-org">
      <h2 id="new-org">Register an organization</h2>
      <p className="hint">You become its representative.</p>
      {error && <ErrorNotice error={error} />}
      <div className="field">
        <label htmlFor="org-name">Name</label>
        <input id="org-name" required value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="org-group">Stakeholder group</label>
        <select
          id="org-group"
          value={group}
          onChange={(e) => setGroup(e.target.value as StakeholderGroup)}
        >
          {groupOrder.map((g) => (
            <option key={g} value={g}>
              {groupLabels[g]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="org-country">Country (optional)</label>
        <input
          id="org-country"
          maxLength={60}
          value={country}
          onChange={(e) => setCountry(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={loading}>
        Register organization
      </button>
    </form>
  );
}
