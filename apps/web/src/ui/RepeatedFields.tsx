import { type ReactNode, useEffect, useRef, useState } from 'react';
import './RepeatedFields.css';

/**
 * A list of same-shape rows in a form (the actors of an incident, its responses): each row's
 * fields, a button to remove it and one to add another, all plain buttons in reading order, so
 * the keyboard reaches everything. A new row takes the focus at its first control; removing one
 * gives it to the "Add" button, so the keyboard never falls back to the top of the page.
 */
export function RepeatedFields<Row>({
  legend,
  noun,
  addLabel,
  rows,
  onChange,
  blank,
  children,
}: {
  legend: ReactNode;
  /** What one row is, as its Remove button names it ("actor": "Remove actor 2", `actor-row`). */
  noun: string;
  /** The add button's words ("Add an actor"). */
  addLabel: string;
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  /** The row "Add" starts with (rows are never changed in place, so one value serves). */
  blank: NoInfer<Row>;
  /** One row's fields; `change` merges into that row. */
  children: (row: Row, index: number, change: (patch: Partial<Row>) => void) => ReactNode;
}) {
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ row: number } | 'add' | null>(null);

  useEffect(() => {
    if (focus === null) return;
    if (focus === 'add') add.current?.focus();
    else
      fieldset.current
        ?.querySelectorAll('[data-repeated-row]')
        [focus.row]?.querySelector<HTMLElement>('input, select, textarea')
        ?.focus();
    setFocus(null);
  }, [focus]);

  const change = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((row, j) => (j === index ? { ...row, ...patch } : row)));

  return (
    <fieldset ref={fieldset} className="repeated-fields">
      <legend>{legend}</legend>
      {rows.map((row, i) => (
        <div key={i} className="repeated-fields__row" data-testid={`${noun}-row`} data-repeated-row>
          {children(row, i, (patch) => change(i, patch))}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              onChange(rows.filter((_, j) => j !== i));
              setFocus('add');
            }}
          >
            Remove {noun} {i + 1}
          </button>
        </div>
      ))}
      <button
        ref={add}
        type="button"
        className="button button--small"
        onClick={() => {
          onChange([...rows, blank]);
          setFocus({ row: rows.length });
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
