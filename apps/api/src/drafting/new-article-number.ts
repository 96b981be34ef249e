import { numberForInsertion } from '@plenary/text-history';

/** A clause whose number is taken: live (with its place) or removed since the last renumbering. */
export interface HeldNumber {
  number: string;
  position: number | null;
}

/** The place a new clause asked for at `position` takes among `count` live clauses. */
export const placeOfNewClause = (position: number | null, count: number): number =>
  Math.min(Math.max(position ?? count + 1, 1), count + 1);

/** The number a new clause taking place `at` gets, and that of the article it follows. */
export function newArticleAt(
  at: number,
  held: readonly HeldNumber[],
): { number: string; after: string | null } {
  const numberAt = (position: number) => held.find((c) => c.position === position)?.number ?? null;
  const after = numberAt(at - 1);
  return {
    number: numberForInsertion(
      after,
      numberAt(at),
      held.map((c) => c.number),
    ),
    after,
  };
}

/** The number a clause added now at `position` (the end when null) would take. */
export function newArticleIn(
  held: readonly HeldNumber[],
  position: number | null,
): { number: string; after: string | null } {
  const live = held.filter((c) => c.position !== null).length;
  return newArticleAt(placeOfNewClause(position, live), held);
}
