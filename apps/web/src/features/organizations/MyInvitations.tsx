import { useMutation } from '@apollo/client/react';
import type { MyOrganizationsQuery } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { formatDateTime } from '../../ui/format';
import { OrganizationLabel } from '../../ui/OrganizationLabel';
import { MeQuery } from '../auth/auth.graphql';
import {
  AcceptInvitationMutation,
  DeclineInvitationMutation,
  MyOrganizationsQuery as MyOrganizations,
} from './organizations.graphql';
import './organizations.css';

type Invitation = NonNullable<NonNullable<MyOrganizationsQuery['me']>['invitations']>[number];

const REFETCH = { refetchQueries: [MeQuery, MyOrganizations], awaitRefetchQueries: true };

/** Invitations to act for an organization: nobody joins one until he accepts. */
export function MyInvitations({ invitations }: { invitations: Invitation[] }) {
  if (invitations.length === 0) return null;
  return (
    <section className="card invitations" aria-labelledby="my-invitations">
      <h2 id="my-invitations">Invitations for you</h2>
      <ul className="invitation-list">
        {invitations.map((invitation) => (
          <InvitationItem key={invitation.id} invitation={invitation} />
        ))}
      </ul>
    </section>
  );
}

function InvitationItem({ invitation }: { invitation: Invitation }) {
  const [accept, accepting] = useMutation(AcceptInvitationMutation, REFETCH);
  const [decline, declining] = useMutation(DeclineInvitationMutation, REFETCH);
  const variables = { invitationId: invitation.id };
  const busy = accepting.loading || declining.loading;
  return (
    <li className="invitation">
      <p>
        <strong>{invitation.invitedBy.displayName}</strong> invites you to act for{' '}
        <OrganizationLabel organization={invitation.organization} /> as{' '}
        {invitation.role === 'REPRESENTATIVE' ? 'a representative (who may vote)' : 'a member'}.
      </p>
      <p className="hint">Sent {formatDateTime(invitation.createdAt)}</p>
      {(accepting.error ?? declining.error) && (
        <ErrorNotice error={accepting.error ?? declining.error} />
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void accept({ variables }).catch(() => undefined)}
        >
          Accept
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={busy}
          onClick={() => void decline({ variables }).catch(() => undefined)}
        >
          Decline
        </button>
      </div>
    </li>
  );
}
