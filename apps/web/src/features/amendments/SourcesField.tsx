import { type KeyboardEvent, useState } from 'react';
import { Field } from '../../ui/Field';

/** What a proposal may cite at most (the API's limit). */
const MAX_SOURCES = 20;

/**
 * The sources a proposal cites: a list the user adds to (Enter or "Add") and removes from, with
 * the sources already cited in the accord offered as suggestions.
 */
export function SourcesField({
  sources,
  suggestions,
  onChange,
  hint,
}: {
  sources: string[];
  /** Sources cited elsewhere in the accord, offered while typing. */
  suggestions: string[];
  onChange: (sources: string[]) => void;
  hint?: string;
}) {
  const [draft, setDraft] = useState('');
  const offered = suggestions.filter((s) => !sources.includes(s));

  function add() {
    const source = draft.trim();
    if (!source || sources.includes(source) || sources.length >= MAX_SOURCES) return;
    onChange([...sources, source]);
    setDraft('');
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the source instead of submitting the whole proposal.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }

  return (
    <div className="sources-field">
      <Field id="propose-source" label="Sources" hint={hint}>
        {(aria) => (
          <div className="sources-field__add">
            <input
              {...aria}
              list="propose-source-suggestions"
              maxLength={300}
              value={draft}
              placeholder="e.g. UN GGE 2015 norm 13(f)"
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <button
              type="button"
              className="button button--small"
              onClick={add}
              disabled={!draft.trim() || sources.length >= MAX_SOURCES}
            >
              Add source
            </button>
          </div>
        )}
      </Field>
      <datalist id="propose-source-suggestions">
        {offered.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {sources.length > 0 && (
        <ul className="sources-field__list" aria-label="Sources cited">
          {sources.map((source) => (
            <li key={source}>
              <span>{source}</span>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={`Remove source ${source}`}
                onClick={() => onChange(sources.filter((s) => s !== source))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
