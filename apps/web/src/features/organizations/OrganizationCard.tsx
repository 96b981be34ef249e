import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useSession } from '../../app/session-context';
import type { MembershipRole, MyOrganizationsQuery } from '../../data/gql/graphql';
import { TextField, SelectField } from '../../ui/Field';
import { ErrorNotice } from '../../ui/Feedback';
import { formatDateTime, groupLabels } from '../../ui/format';
import { OrganizationLabel } from '../../ui/OrganizationLabel';
import { MeQuery } from '../auth/auth.graphql';
import {
  EndMembershipMutation,
  InviteMemberMutation,
  MyOrganizationsQuery as MyOrganizations,
  RevokeInvitationMutation,
} from './organizations.graphql';
import './organizations.css';

type Membership = NonNullable<MyOrganizationsQuery['me']>['memberships'][number];
type Organization = Membership['organization'];

const REFETCH = { refetchQueries: [MeQuery, MyOrganizations], awaitRefetchQueries: true };
const roleWords = (role: MembershipRole) =>
  role === 'REPRESENTATIVE' ? 'Representative (may vote)' : 'Member';

/** One organization I act for: who else does, what is pending, and (for representatives) invites. */
export function OrganizationCard({ membership }: { membership: Membership }) {
  const { me, actingFor, setActingFor } = useSession();
  const organization = membership.organization;
  const representative = membership.role === 'REPRESENTATIVE';
  return (
    <li className="card org-item">
      <div className="org-item__head">
        <h2>
          <OrganizationLabel organization={organization} />
        </h2>
        <p className="meta">
          {groupLabels[organization.group]} · {roleWords(membership.role)} since{' '}
          {formatDateTime(membership.since)}
        </p>
        {actingFor?.organization.id === organization.id ? (
          <span className="pill">Acting for</span>
        ) : (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setActingFor(organization.id)}
          >
            Act for {organization.name}
          </button>
        )}
      </div>
      {!organization.verified && (
        <p className="notice notice--warn">
          Waiting for a platform operator to verify it (name, stakeholder group, country and
          website). Until then it may observe an accord, not take part as a party. Its id, for a
          facilitator who lets it observe: <code>{organization.id}</code>
        </p>
      )}
      <Members organization={organization} myId={me?.id ?? ''} representative={representative} />
      {representative && <PendingInvitations organization={organization} />}
      {representative && <InviteForm organizationId={organization.id} />}
    </li>
  );
}

function Members({
  organization,
  myId,
  representative,
}: {
  organization: Organization;
  myId: string;
  representative: boolean;
}) {
  const [end, { loading, error }] = useMutation(EndMembershipMutation, REFETCH);
  const remove = (userId: string, words: string) => {
    if (!window.confirm(words)) return;
    void end({ variables: { organizationId: organization.id, userId } }).catch(() => undefined);
  };
  return (
    <section aria-label={`Who acts for ${organization.name}`}>
      <h3 className="org-item__subtitle">Who acts for it</h3>
      {error && <ErrorNotice error={error} />}
      <ul className="member-list">
        {(organization.members ?? []).map((m) => (
          <li key={m.user.id}>
            <span>
              {m.user.displayName}
              {m.user.email && <span className="muted"> · {m.user.email}</span>}
              <span className="muted"> · {roleWords(m.role)}</span>
            </span>
            {m.user.id === myId ? (
              <button
                type="button"
                className="button button--quiet"
                disabled={loading}
                onClick={() =>
                  remove(myId, `Leave ${organization.name}? You will no longer act for it.`)
                }
              >
                Leave
              </button>
            ) : (
              representative && (
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={loading}
                  onClick={() =>
                    remove(
                      m.user.id,
                      `End ${m.user.displayName}’s membership of ${organization.name}?`,
                    )
                  }
                >
                  Remove
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PendingInvitations({ organization }: { organization: Organization }) {
  const [revoke, { loading, error }] = useMutation(RevokeInvitationMutation, REFETCH);
  const pending = organization.invitations ?? [];
  if (pending.length === 0) return null;
  return (
    <section aria-label="Pending invitations">
      <h3 className="org-item__subtitle">Invited, not yet answered</h3>
      {error && <ErrorNotice error={error} />}
      <ul className="member-list">
        {pending.map((invitation) => (
          <li key={invitation.id}>
            <span>
              {invitation.email}
              <span className="muted">
                {' '}
                · {roleWords(invitation.role)} · sent {formatDateTime(invitation.createdAt)}
              </span>
            </span>
            <button
              type="button"
              className="button button--quiet"
              disabled={loading}
              onClick={() =>
                void revoke({ variables: { invitationId: invitation.id } }).catch(() => undefined)
              }
            >
              Withdraw
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function InviteForm({ organizationId }: { organizationId: string }) {
  const [invite, { loading, error, reset }] = useMutation(InviteMemberMutation, REFETCH);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [done, setDone] = useState<string | null>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = await invite({ variables: { organizationId, email, role } }).catch(() => null);
    if (result?.data) {
      setDone(
        `Invitation sent to ${result.data.inviteMember.email}. It waits until they sign in (or register) with this address and accept it.`,
      );
      setEmail('');
    }
  }
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} aria-label="Invite a delegate">
      {error && <ErrorNotice error={error} />}
      <TextField
        id={`${id}-email`}
        label="Invite a delegate by email"
        type="email"
        required
        maxLength={254}
        value={email}
        onChange={(e) => {
          reset();
          setEmail(e.target.value);
        }}
      />
      <SelectField
        id={`${id}-role`}
        label="Role"
        value={role}
        onChange={(e) => setRole(e.target.value as MembershipRole)}
      >
        <option value="MEMBER">Member (drafts, comments)</option>
        <option value="REPRESENTATIVE">Representative (also votes)</option>
      </SelectField>
      <button type="submit" className="button" disabled={loading}>
        Invite
      </button>
      {done && (
        <p className="hint" role="status">
          {done}
        </p>
      )}
    </form>
  );
}
