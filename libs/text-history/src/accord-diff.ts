import { type DiffPart, diffWords } from './word-diff.js';

/** An article as it stood at one moment (what `accordAt` gives for each clause). */
export interface ArticleAtMoment {
  clauseId: string;
  number: string;
  position: number;
  version: number;
  heading: string | null;
  text: string;
  force: string;
}

/** What happened to an article between two moments; UNCHANGED ones keep the redline whole. */
export type ArticleChangeKind = 'ADDED' | 'REMOVED' | 'MODIFIED' | 'MOVED' | 'UNCHANGED';

export interface ArticleChange<A extends ArticleAtMoment = ArticleAtMoment> {
  clauseId: string;
  kind: ArticleChangeKind;
  /** The article at the first moment (null when ADDED) and at the second (null when REMOVED). */
  from: A | null;
  to: A | null;
  /** Word diff of the text, from the first moment to the second (one part when added or removed). */
  parts: DiffPart[];
  /** Its wording, heading or force changed (MODIFIED, or MOVED as well). */
  reworded: boolean;
  /** Its place among the articles changed (MOVED, or MODIFIED as well). */
  moved: boolean;
}

const reworded = (a: ArticleAtMoment, b: ArticleAtMoment) =>
  a.text !== b.text || a.heading !== b.heading || a.force !== b.force;

/**
 * The whole accord as one redline between two moments: every article of either, in the order of
 * the second (removed ones where they stood in the first). An article is MOVED when its place
 * among the articles both moments share changed, not merely its position number (adding an
 * article before it moves nothing). Costs one word diff per reworded article.
 */
export function diffAccord<A extends ArticleAtMoment>(
  from: readonly A[],
  to: readonly A[],
): ArticleChange<A>[] {
  const before = new Map(from.map((a) => [a.clauseId, a]));
  const after = new Map(to.map((a) => [a.clauseId, a]));
  const moved = movedArticles(
    from.filter((a) => after.has(a.clauseId)).map((a) => a.clauseId),
    to.filter((a) => before.has(a.clauseId)).map((a) => a.clauseId),
  );
  const changes: ArticleChange<A>[] = to.map((b) => {
    const a = before.get(b.clauseId);
    if (!a) {
      return {
        clauseId: b.clauseId,
        kind: 'ADDED',
        from: null,
        to: b,
        parts: [{ op: 'insert', text: b.text }],
        reworded: true,
        moved: false,
      };
    }
    const isReworded = reworded(a, b);
    const isMoved = moved.has(b.clauseId);
    return {
      clauseId: b.clauseId,
      kind: isReworded ? 'MODIFIED' : isMoved ? 'MOVED' : 'UNCHANGED',
      from: a,
      to: b,
      parts: a.text === b.text ? [{ op: 'equal', text: b.text }] : diffWords(a.text, b.text),
      reworded: isReworded,
      moved: isMoved,
    };
  });
  // A removed article goes back where it stood: after the article that preceded it then.
  from.forEach((a, index) => {
    if (after.has(a.clauseId)) return;
    const removed: ArticleChange<A> = {
      clauseId: a.clauseId,
      kind: 'REMOVED',
      from: a,
      to: null,
      parts: [{ op: 'delete', text: a.text }],
      reworded: true,
      moved: false,
    };
    const previous = from[index - 1]?.clauseId;
    const at = previous ? changes.findIndex((c) => c.clauseId === previous) : -1;
    changes.splice(at + 1, 0, removed);
  });
  return changes;
}

/**
 * The articles whose order changed: those outside a longest common subsequence of the two orders
 * (the fewest articles that, moved, turn one order into the other).
 */
function movedArticles(first: readonly string[], second: readonly string[]): Set<string> {
  // Patience-style LIS over positions in `first`: O(n log n) for n articles.
  const rank = new Map(first.map((id, i) => [id, i]));
  const ranks = second.map((id) => rank.get(id) ?? -1);
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous = new Array<number>(ranks.length).fill(-1);
  ranks.forEach((r, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < r) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = r;
    tailIndex[lo] = i;
    previous[i] = lo > 0 ? (tailIndex[lo - 1] ?? -1) : -1;
  });
  const kept = new Set<string>();
  for (let i = tailIndex[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) {
    const id = second[i];
    if (id !== undefined) kept.add(id);
  }
  return new Set(second.filter((id) => !kept.has(id)));
}
