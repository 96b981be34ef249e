import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import type { OrganizationIdentityFragment, StakeholderGroup } from '../../data/gql/graphql';
import { SelectField, TextField } from '../../ui/Field';
import { ErrorNotice } from '../../ui/Feedback';
import { groupLabels, groupOrder } from '../../ui/format';
import { OrganizationLabel } from '../../ui/OrganizationLabel';
import { OrganizationsQuery } from '../organizations/organizations.graphql';
import { VerificationQueueQuery, VerifyOrganizationMutation } from './operator.graphql';
import './operator.css';

/**
 * The operator checks who an organization is (through its website, out of band) and confirms
 * or corrects its details. Verified organizations of the same name are shown beside it: a second
 * "Republic of Aurelia" is most likely an impostor.
 */
export function VerifyOrganizationForm({
  organization,
}: {
  organization: OrganizationIdentityFragment;
}) {
  const id = useId();
  const [name, setName] = useState(organization.name);
  const [group, setGroup] = useState<StakeholderGroup>(organization.group);
  const [country, setCountry] = useState(organization.country ?? '');
  const [website, setWebsite] = useState(organization.website ?? '');
  const namesakes = useQuery(OrganizationsQuery, {
    variables: { search: name, group, first: 5 },
    skip: name.trim().length < 2,
  });
  const sameName = (namesakes.data?.organizations ?? []).filter(
    (o) =>
      o.verified && o.id !== organization.id && o.name.toLowerCase() === name.trim().toLowerCase(),
  );
  const [verify, { loading, error, reset }] = useMutation(VerifyOrganizationMutation, {
    refetchQueries: [VerificationQueueQuery],
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void verify({
      variables: {
        input: { organizationId: organization.id, name, group, country: country || null, website },
      },
    }).catch(() => undefined);
  }
  const edit = (set: (value: string) => void) => (value: string) => {
    reset();
    set(value);
  };

  return (
    <li className="card verify-item">
      <h3>
        <OrganizationLabel organization={organization} />
      </h3>
      <p className="meta">{groupLabels[organization.group]}</p>
      {sameName.length > 0 && (
        <div className="notice notice--warn" role="note">
          Already verified under this name in {groupLabels[group]}:{' '}
          {sameName.map((o) => (
            <OrganizationLabel key={o.id} organization={o} />
          ))}
          . Verifying this one under the same name will be refused.
        </div>
      )}
      <form className="inline-form" onSubmit={submit} aria-label={`Verify ${organization.name}`}>
        {error && <ErrorNotice error={error} />}
        <TextField
          id={`${id}-name`}
          label="Name as checked"
          required
          maxLength={200}
          value={name}
          onChange={(e) => edit(setName)(e.target.value)}
        />
        <SelectField
          id={`${id}-group`}
          label="Stakeholder group"
          value={group}
          onChange={(e) => edit((v) => setGroup(v as StakeholderGroup))(e.target.value)}
        >
          {groupOrder.map((g) => (
            <option key={g} value={g}>
              {groupLabels[g]}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${id}-country`}
          label="Country"
          maxLength={100}
          value={country}
          onChange={(e) => edit(setCountry)(e.target.value)}
        />
        <TextField
          id={`${id}-website`}
          label="Checked through (website or domain)"
          required
          maxLength={253}
          value={website}
          onChange={(e) => edit(setWebsite)(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={loading}>
          Verify
        </button>
      </form>
    </li>
  );
}
