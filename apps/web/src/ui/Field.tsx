import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';

export interface FieldProps {
  id: string;
  label: ReactNode;
  /** Help under the control, read with it by screen readers (`aria-describedby`). */
  hint?: ReactNode;
  /** The hint changes as the user types or picks: keep its element and announce it politely. */
  liveHint?: boolean;
  /** What is wrong with the value: marks the control `aria-invalid` and is read with it. */
  error?: ReactNode;
  /** Announce the error as soon as it appears (for errors shown on submit). */
  announceError?: boolean;
  /** The wrapper's classes (`field` stacks label, control, hint and error); `className` is the control's. */
  fieldClassName?: string;
}

/** The ARIA a field's control needs to be tied to its hint and error. */
export interface ControlAria {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * A label, one control, its hint and its error, tied together for keyboard and screen-reader
 * users. `children` renders the control with the ARIA it is given.
 */
export function Field({
  id,
  label,
  hint,
  liveHint = false,
  error,
  announceError = false,
  fieldClassName = 'field',
  children,
}: FieldProps & { children: (aria: ControlAria) => ReactNode }) {
  const showHint = liveHint || hasContent(hint);
  const showError = hasContent(error);
  const describedBy = [showHint && `${id}-hint`, showError && `${id}-error`].filter(Boolean);
  return (
    <div className={fieldClassName}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': describedBy.length ? describedBy.join(' ') : undefined,
        'aria-invalid': showError ? true : undefined,
      })}
      {showHint && (
        <p id={`${id}-hint`} className="hint" aria-live={liveHint ? 'polite' : undefined}>
          {hint}
        </p>
      )}
      {showError && (
        <p id={`${id}-error`} className="field__error" role={announceError ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}

function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

type FieldOwnProps = keyof FieldProps;

export function TextField(props: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const [field, input] = split(props);
  return <Field {...field}>{(aria) => <input {...input} {...aria} />}</Field>;
}

export function TextAreaField(
  props: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>,
) {
  const [field, textarea] = split(props);
  return <Field {...field}>{(aria) => <textarea {...textarea} {...aria} />}</Field>;
}

export function SelectField(
  props: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>,
) {
  const [field, { children, ...select }] = split(props);
  return (
    <Field {...field}>
      {(aria) => (
        <select {...select} {...aria}>
          {children}
        </select>
      )}
    </Field>
  );
}

/** Separates the field's own props from the ones its control receives. */
function split<P extends FieldProps>(props: P): [FieldProps, Omit<P, FieldOwnProps>] {
  const { id, label, hint, liveHint, error, announceError, fieldClassName, ...control } = props;
  return [{ id, label, hint, liveHint, error, announceError, fieldClassName }, control];
}

/** A select among a fixed set of values (an enum), each shown in its words, in their order. */
export function ChoiceField<V extends string>({
  words,
  value,
  onChange,
  ...field
}: FieldProps & { words: Record<V, string>; value: V; onChange: (value: V) => void }) {
  return (
    <SelectField {...field} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {(Object.keys(words) as V[]).map((v) => (
        <option key={v} value={v}>
          {words[v]}
        </option>
      ))}
    </SelectField>
  );
}
