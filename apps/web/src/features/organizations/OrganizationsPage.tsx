import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useSession } from '../../app/session-context';
import type { StakeholderGroup } from '../../data/gql/graphql';
import { SelectField, TextField } from '../../ui/Field';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { groupLabels, groupOrder } from '../../ui/format';
import { MeQuery } from '../auth/auth.graphql';
import { MyInvitations } from './MyInvitations';
import { OrganizationCard } from './OrganizationCard';
import { CreateOrganizationMutation, MyOrganizationsQuery } from './organizations.graphql';
import './organizations.css';

export function OrganizationsPage() {
  const { data, error, loading, refetch } = useQuery(MyOrganizationsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const me = data?.me;
  return (
    <div className="page">
      <h1>Your organizations</h1>
      <p className="lede">
        Votes belong to organizations: you draft and vote on behalf of the one you act for. You join
        an organization when its representative invites you and you accept.
      </p>
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {loading && !me && <Loading />}
      {me && <MyInvitations invitations={me.invitations ?? []} />}
      {me &&
        (me.memberships.length === 0 ? (
          <Empty title="You do not act for an organization yet">
            Ask your organization’s representative to invite your email address, or register your
            organization below.
          </Empty>
        ) : (
          <ul className="org-list">
            {me.memberships.map((m) => (
              <OrganizationCard key={m.organization.id} membership={m} />
            ))}
          </ul>
        ))}
      <CreateOrganizationForm />
    </div>
  );
}

function CreateOrganizationForm() {
  const { setActingFor } = useSession();
  const [create, { loading, error }] = useMutation(CreateOrganizationMutation, {
    refetchQueries: [MeQuery, MyOrganizationsQuery],
    awaitRefetchQueries: true,
  });
  const [name, setName] = useState('');
  const [group, setGroup] = useState<StakeholderGroup>('GOVERNMENT');
  const [country, setCountry] = useState('');
  const [website, setWebsite] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({
      variables: { name, group, country: country || null, website: website || null },
    }).catch(() => null);
    if (result?.data) {
      setActingFor(result.data.createOrganization.id);
      setName('');
      setCountry('');
      setWebsite('');
    }
  }
  return (
    <form className="card form-card" onSubmit={(e) => void submit(e)} aria-labelledby="new-org">
      <h2 id="new-org">Register an organization</h2>
      <p className="hint">
        You become its representative. A platform operator then checks who it is (through its
        website) before it can take part in an accord as a party.
      </p>
      {error && <ErrorNotice error={error} />}
      <TextField
        id="org-name"
        label="Name"
        required
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <SelectField
        id="org-group"
        label="Stakeholder group"
        value={group}
        onChange={(e) => setGroup(e.target.value as StakeholderGroup)}
      >
        {groupOrder.map((g) => (
          <option key={g} value={g}>
            {groupLabels[g]}
          </option>
        ))}
      </SelectField>
      <TextField
        id="org-country"
        label="Country (optional)"
        maxLength={100}
        value={country}
        onChange={(e) => setCountry(e.target.value)}
      />
      <TextField
        id="org-website"
        label="Website or domain"
        hint="The operator verifies the organization through it, e.g. mfa.gov.example"
        maxLength={253}
        value={website}
        onChange={(e) => setWebsite(e.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={loading}>
        Register organization
      </button>
    </form>
  );
}
