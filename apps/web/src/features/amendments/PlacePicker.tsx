import { useQuery } from '@apollo/client/react';
import { SelectField } from '../../ui/Field';
import { newArticleWords } from '../accords/article-numbers';
import { NewArticleAtQuery } from '../accords/accords.graphql';

export type ClauseInOrder = { id: string; number: string; position: number | null };

/** A place a clause may move to: the first one it is not already in. */
export const firstOtherPlace = (clause: ClauseInOrder) => (clause.position === 1 ? '2' : '1');

/**
 * Where the new or moved article goes, by the articles it will follow (numbers are not places:
 * 5 bis sits between 5 and 6). For a new article, the number it would take if adopted now.
 */
export function PlacePicker({
  accordId,
  kind,
  clauses,
  movingId,
  position,
  onChange,
}: {
  accordId: string;
  kind: 'ADD_CLAUSE' | 'MOVE_CLAUSE';
  clauses: readonly ClauseInOrder[];
  movingId: string | null;
  position: string;
  onChange: (position: string) => void;
}) {
  const others = clauses.filter((c) => c.id !== movingId);
  const places = Array.from({ length: others.length + 1 }, (_, i) => {
    const before = others[i - 1];
    return {
      position: i + 1,
      label: !before
        ? `At the start${others[0] ? `, before article ${others[0].number}` : ''}`
        : `${i === others.length ? 'At the end, after' : 'After'} article ${before.number}`,
    };
  });
  const current = clauses.find((c) => c.id === movingId)?.position ?? null;
  const { data } = useQuery(NewArticleAtQuery, {
    variables: { id: accordId, position: Number.parseInt(position, 10) || null },
    skip: kind !== 'ADD_CLAUSE',
  });
  const preview = kind === 'ADD_CLAUSE' ? data?.accord?.newArticleAt : null;
  return (
    <SelectField
      id="propose-position"
      label={kind === 'ADD_CLAUSE' ? 'Place of the new article' : 'Move the article'}
      hint={
        kind === 'ADD_CLAUSE'
          ? preview && `If adopted now, it would be ${newArticleWords(preview)}.`
          : 'The article keeps its number wherever it goes.'
      }
      liveHint
      required
      value={position}
      onChange={(e) => onChange(e.target.value)}
    >
      {places.map((p) => (
        <option key={p.position} value={p.position} disabled={p.position === current}>
          {p.label}
          {p.position === current ? ' (where it is now)' : ''}
        </option>
      ))}
    </SelectField>
  );
}
