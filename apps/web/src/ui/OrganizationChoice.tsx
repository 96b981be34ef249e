import { type ReactNode, useState } from 'react';
import { SelectField } from './Field';

interface Choosable {
  id: string;
  name: string;
}

/**
 * Which of the delegate's organizations a form acts for: the first until he picks another, and
 * always one of the list (a list that changes under the form cannot leave a stale id behind).
 */
export function useOrganizationChoice<O extends Choosable>(organizations: readonly O[]) {
  const [organizationId, setOrganizationId] = useState(organizations[0]?.id ?? '');
  const chosen = organizations.find((o) => o.id === organizationId) ?? organizations[0];
  return {
    chosen,
    /** The props of the form's OrganizationChoice. */
    choice: { organizations, value: chosen?.id ?? '', onChange: setOrganizationId },
  };
}

/**
 * The field that picks the organization a form acts for. A delegate who acts for one only is
 * not asked: nothing is shown, or `whenOne` says for whom he acts (`whenOne="select"` shows
 * the one-option select all the same, where a row of fields reads better with it).
 */
export function OrganizationChoice<O extends Choosable>({
  id,
  label,
  organizations,
  value,
  onChange,
  optionLabel = (o) => o.name,
  whenOne = null,
}: {
  id: string;
  label: ReactNode;
  organizations: readonly O[];
  value: string;
  onChange: (organizationId: string) => void;
  optionLabel?: (organization: O) => string;
  whenOne?: ((organization: O) => ReactNode) | 'select' | null;
}) {
  if (organizations.length === 0) return null;
  const [only] = organizations;
  if (organizations.length === 1 && only && whenOne !== 'select')
    return whenOne ? whenOne(only) : null;
  return (
    <SelectField id={id} label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {organizations.map((o) => (
        <option key={o.id} value={o.id}>
          {optionLabel(o)}
        </option>
      ))}
    </SelectField>
  );
}
