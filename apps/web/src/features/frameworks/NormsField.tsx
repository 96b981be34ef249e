import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ForceBadge } from '../../ui/Badges';
import { Field } from '../../ui/Field';
import { FrameworksQuery } from './frameworks.graphql';

/** What a proposal may cite at most (the API's limit). */
const MAX_NORMS = 20;

/**
 * The norms of frameworks a proposal cites: chosen from a list grouped by framework (a native
 * select, so the keyboard and screen readers know it), added with "Cite norm", removed one by one.
 */
export function NormsField({
  normIds,
  onChange,
  hint,
}: {
  normIds: string[];
  onChange: (normIds: string[]) => void;
  hint?: string;
}) {
  const { data } = useQuery(FrameworksQuery);
  const [choice, setChoice] = useState('');
  const frameworks = data?.frameworks ?? [];
  if (frameworks.length === 0) return null;
  const norms = new Map(
    frameworks.flatMap((f) => f.norms.map((n) => [n.id, { ...n, shortName: f.shortName }])),
  );
  const add = () => {
    if (!choice || normIds.includes(choice) || normIds.length >= MAX_NORMS) return;
    onChange([...normIds, choice]);
    setChoice('');
  };
  return (
    <div className="sources-field">
      <Field id="propose-norm" label="Norms cited" hint={hint}>
        {(aria) => (
          <div className="sources-field__add">
            <select {...aria} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">Choose a norm…</option>
              {frameworks.map((f) => (
                <optgroup key={f.id} label={f.shortName}>
                  {f.norms.map((n) => (
                    <option key={n.id} value={n.id} disabled={normIds.includes(n.id)}>
                      {f.shortName} {n.key}
                      {n.title ? ` — ${n.title}` : ''}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <button
              type="button"
              className="button button--small"
              onClick={add}
              disabled={!choice || normIds.length >= MAX_NORMS}
            >
              Cite norm
            </button>
          </div>
        )}
      </Field>
      {normIds.length > 0 && (
        <ul className="sources-field__list" aria-label="Norms cited">
          {normIds.map((id) => {
            const norm = norms.get(id);
            const label = norm ? `${norm.shortName} ${norm.key}` : 'A norm';
            return (
              <li key={id}>
                <span>
                  {label}
                  {norm?.title ? ` — ${norm.title}` : ''}{' '}
                  {norm && <ForceBadge force={norm.force} />}
                </span>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={`Remove norm ${label}`}
                  onClick={() => onChange(normIds.filter((n) => n !== id))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
