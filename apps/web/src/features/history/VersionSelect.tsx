import { useId } from 'react';
import { SelectField } from '../../ui/Field';

/** Picks one end of the version diff. */
export function VersionSelect({
  label,
  value,
  versions,
  onChange,
}: {
  label: string;
  value: number;
  versions: number[];
  onChange: (version: number) => void;
}) {
  return (
    <SelectField
      id={useId()}
      label={label}
      fieldClassName="field field--inline"
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
    >
      {versions.map((v) => (
        <option key={v} value={v}>
          v{v}
        </option>
      ))}
    </SelectField>
  );
}
