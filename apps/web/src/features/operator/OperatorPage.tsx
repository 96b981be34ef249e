import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { OrganizationIdentityFragment } from '../../data/gql/graphql';
import { TextField } from '../../ui/Field';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { OrganizationLabel } from '../../ui/OrganizationLabel';
import { OrganizationsQuery } from '../organizations/organizations.graphql';
import {
  GrantOperatorMutation,
  OperatorsQuery,
  RevokeVerificationMutation,
  VerificationQueueQuery,
} from './operator.graphql';
import { VerifyOrganizationForm } from './VerifyOrganizationForm';
import './operator.css';

/** The platform operator's desk: who is waiting to be verified, who is, and who else operates. */
export function OperatorPage() {
  const queue = useQuery(VerificationQueueQuery, { fetchPolicy: 'cache-and-network' });
  const waiting = queue.data?.organizationsAwaitingVerification ?? [];
  return (
    <div className="page">
      <h1>Platform operator</h1>
      <p className="lede">
        Only verified organizations may be parties to an accord. Check each one through its website
        before verifying it, so that nobody can pose as a state or a company.
      </p>
      <section aria-labelledby="queue-title">
        <h2 id="queue-title">Waiting for verification</h2>
        {queue.error && <ErrorNotice error={queue.error} retry={() => void queue.refetch()} />}
        {queue.loading && !queue.data && <Loading />}
        {queue.data && waiting.length === 0 && <Empty title="Nobody is waiting." />}
        <ul className="verify-list">
          {waiting.map((o) => (
            <VerifyOrganizationForm key={o.id} organization={o} />
          ))}
        </ul>
      </section>
      <VerifiedDirectory />
      <Operators />
    </div>
  );
}

function VerifiedDirectory() {
  const [search, setSearch] = useState('');
  const { data } = useQuery(OrganizationsQuery, {
    variables: { search: search || null, first: 20 },
  });
  const verified = (data?.organizations ?? []).filter((o) => o.verified);
  return (
    <section aria-labelledby="verified-title">
      <h2 id="verified-title">Verified organizations</h2>
      <TextField
        id="verified-search"
        label="Find by name, country or website"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <ul className="member-list">
        {verified.map((o) => (
          <RevokeItem key={o.id} organization={o} />
        ))}
      </ul>
    </section>
  );
}

function RevokeItem({ organization }: { organization: OrganizationIdentityFragment }) {
  const [revoke, { loading, error }] = useMutation(RevokeVerificationMutation, {
    refetchQueries: [VerificationQueueQuery, OrganizationsQuery],
  });
  function withdraw() {
    const reason = window.prompt(
      `Why withdraw the verification of ${organization.name}? The accords it takes part in will log the reason.`,
    );
    if (!reason?.trim()) return;
    void revoke({ variables: { organizationId: organization.id, reason } }).catch(() => undefined);
  }
  return (
    <li>
      <OrganizationLabel organization={organization} />
      {error && <ErrorNotice error={error} />}
      <button type="button" className="button button--quiet" disabled={loading} onClick={withdraw}>
        Withdraw verification
      </button>
    </li>
  );
}

function Operators() {
  const operators = useQuery(OperatorsQuery);
  const [grant, { loading, error, reset }] = useMutation(GrantOperatorMutation, {
    refetchQueries: [OperatorsQuery],
  });
  const [email, setEmail] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    void grant({ variables: { email } })
      .then(() => setEmail(''))
      .catch(() => undefined);
  }
  return (
    <section aria-labelledby="operators-title">
      <h2 id="operators-title">Operators</h2>
      <ul className="member-list">
        {(operators.data?.operators ?? []).map((o) => (
          <li key={o.id}>{o.displayName}</li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={submit} aria-label="Name another operator">
        {error && <ErrorNotice error={error} />}
        <TextField
          id="operator-email"
          label="Name another operator (their account’s email)"
          type="email"
          required
          value={email}
          onChange={(e) => {
            reset();
            setEmail(e.target.value);
          }}
        />
        <button type="submit" className="button" disabled={loading}>
          Make operator
        </button>
      </form>
    </section>
  );
}
