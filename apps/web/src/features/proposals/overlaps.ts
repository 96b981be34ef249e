/** A run of a word diff, as the API gives it (from the current text to a proposal). */
export interface DiffRun {
  op: string;
  text: string;
}

/** The stretches of the current text a proposal touches: [start, end) offsets, inserts empty. */
export function touchedRanges(changes: readonly DiffRun[]): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  for (const run of changes) {
    if (run.op === 'equal') offset += run.text.length;
    else if (run.op === 'delete') {
      ranges.push([offset, offset + run.text.length]);
      offset += run.text.length;
    } else ranges.push([offset, offset]);
  }
  return ranges;
}

const meet = ([a0, a1]: [number, number], [b0, b1]: [number, number]) =>
  // Two deletions overlap when they share a character; an insertion meets what it touches.
  a0 === a1 || b0 === b1 ? a0 <= b1 && b0 <= a1 : a0 < b1 && b0 < a1;

/**
 * Which proposals on one clause change the same words of its current text, by id: what a
 * delegate must weigh together, since adopting one changes what the other applies to.
 */
export function overlappingProposals(
  proposals: readonly { id: string; changes: readonly DiffRun[] }[],
): Map<string, string[]> {
  const ranges = proposals.map((p) => ({ id: p.id, ranges: touchedRanges(p.changes) }));
  const overlaps = new Map<string, string[]>();
  ranges.forEach((a, i) => {
    ranges.slice(i + 1).forEach((b) => {
      if (!a.ranges.some((ra) => b.ranges.some((rb) => meet(ra, rb)))) return;
      overlaps.set(a.id, [...(overlaps.get(a.id) ?? []), b.id]);
      overlaps.set(b.id, [...(overlaps.get(b.id) ?? []), a.id]);
    });
  });
  return overlaps;
}
