import { diff3Merge } from 'node-diff3';

import { alignTokens, type TokenRun } from './token-alignment.js';
import { tokenize } from './tokenize.js';

/** Character offsets in a text: JS string indices (UTF-16 code units), end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** Where the current text and the proposal changed the same part of the base differently. */
export interface MergeConflict {
  base: TextRange;
  current: TextRange;
  proposal: TextRange;
}

export type MergeResult = { ok: true; text: string } | { ok: false; conflicts: MergeConflict[] };

/**
 * Rebases an amendment proposed against `base` onto the clause's `current` text, word by word.
 *
 * - Edits that change different tokens combine, even when they are adjacent: two neighbouring
 *   words, or a word and the comma right after it.
 * - Edits that change the same token of the base conflict, as does an insertion strictly inside
 *   text the other side replaced or deleted.
 * - Two insertions at the same point conflict (their order would be a guess) unless identical.
 * - An edit made identically on both sides is applied once.
 *
 * Conflict ranges are token-aligned, so they never split a word, a grapheme or a surrogate pair.
 */
export function mergeThreeWay(base: string, current: string, proposal: string): MergeResult {
  if (proposal === base || current === proposal) return { ok: true, text: current };
  if (current === base) return { ok: true, text: proposal };

  const baseTokens = tokenize(base);
  const currentRuns = alignTokens(baseTokens, tokenize(current));
  const proposalRuns = alignTokens(baseTokens, tokenize(proposal));
  const cuts = cutPoints(baseTokens.length, [currentRuns, proposalRuns]);
  const stretches = cuts.slice(1).map((end, k) => baseTokens.slice(cuts[k], end).join(''));
  const textOf = (id: PieceId): string => {
    const stretch = stretchIndexOf(id);
    return stretch === undefined ? id.slice(1) : itemAt(stretches, stretch);
  };
  const baseIds = stretches.map((_, k) => keptId(k));
  const currentIds = sideIds(currentRuns, cuts);
  const proposalIds = sideIds(proposalRuns, cuts);

  const baseOffsets = offsetsOf(stretches);
  const currentOffsets = offsetsOf(currentIds.map(textOf));
  const proposalOffsets = offsetsOf(proposalIds.map(textOf));
  const merged: PieceId[] = [];
  const conflicts: MergeConflict[] = [];
  for (const region of diff3Merge(currentIds, baseIds, proposalIds)) {
    if (region.ok) {
      merged.push(...region.ok);
      continue;
    }
    if (!region.conflict) continue;
    const { a, aIndex, o, oIndex, b, bIndex } = region.conflict;
    const combined = combineNonOverlappingEdits(oIndex, oIndex + o.length, a, b);
    if (combined) {
      merged.push(...combined);
    } else {
      conflicts.push({
        base: { start: itemAt(baseOffsets, oIndex), end: itemAt(baseOffsets, oIndex + o.length) },
        current: {
          start: itemAt(currentOffsets, aIndex),
          end: itemAt(currentOffsets, aIndex + a.length),
        },
        proposal: {
          start: itemAt(proposalOffsets, bIndex),
          end: itemAt(proposalOffsets, bIndex + b.length),
        },
      });
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, text: merged.map(textOf).join('') };
}

/*
 * node-diff3 is not handed the tokens themselves, for two reasons. Its own LCS may pair a space of
 * the base with an unrelated space of a side and report a spurious conflict; and that LCS scans
 * its candidates linearly, so it is quadratic in the token count. Instead, the base is cut into
 * stretches at every point where either side's edit begins or ends, and each text becomes a list
 * of ids: "=<k>" for base stretch k kept as is, "+<text>" for what one edit inserts. node-diff3 can
 * then only find the alignment computed by `alignTokens`, over a few ids, and equal insertions on
 * both sides compare equal.
 */
type PieceId = string;

const keptId = (stretch: number): PieceId => `=${stretch}`;
const insertedId = (text: string): PieceId => `+${text}`;

function stretchIndexOf(id: PieceId): number | undefined {
  return id.startsWith('=') ? Number(id.slice(1)) : undefined;
}

/** Base token indices where an edit of either side begins or ends, with 0 and the end. */
function cutPoints(tokenCount: number, sides: readonly TokenRun[][]): number[] {
  const cuts = new Set([0, tokenCount]);
  for (const runs of sides) {
    let at = 0;
    for (const run of runs) {
      if (run.kind === 'kept') {
        at += run.tokens.length;
      } else {
        cuts.add(at);
        at += run.removed.length;
        cuts.add(at);
      }
    }
  }
  return [...cuts].sort((x, y) => x - y);
}

function sideIds(runs: readonly TokenRun[], cuts: readonly number[]): PieceId[] {
  const ids: PieceId[] = [];
  let at = 0; // base token index
  let stretch = 0; // the stretch starting at `at`
  for (const run of runs) {
    if (run.kind === 'kept') {
      at += run.tokens.length;
      // The last cut is the end of the base, which `at` never passes.
      for (; (cuts[stretch] ?? Infinity) < at; stretch++) ids.push(keptId(stretch));
    } else {
      at += run.removed.length;
      while ((cuts[stretch] ?? Infinity) < at) stretch++;
      if (run.added.length > 0) ids.push(insertedId(run.added.join('')));
    }
  }
  return ids;
}

/** Character offset of each piece, and of the end of the text. */
function offsetsOf(pieces: readonly string[]): number[] {
  const offsets = [0];
  let end = 0;
  for (const piece of pieces) offsets.push((end += piece.length));
  return offsets;
}

/** An index node-diff3 or the cuts give: one out of range is a bug in this file. */
function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`index ${index} out of ${list.length}`);
  return item;
}

/** One side's edit: base stretches [start, end) replaced by `added`; start === end inserts. */
interface Edit {
  start: number;
  end: number;
  added: PieceId[];
}

/*
 * diff3 (node-diff3 like GNU diff3) also reports a conflict when one side's edit merely ends where
 * the other's begins. Such a region is split back into each side's edits and combined when no two
 * of them overlap; otherwise it stays a conflict as a whole.
 */
function combineNonOverlappingEdits(
  baseStart: number,
  baseEnd: number,
  currentIds: readonly PieceId[],
  proposalIds: readonly PieceId[],
): PieceId[] | undefined {
  const currentEdits = editsOf(currentIds, baseStart, baseEnd);
  const proposalEdits = editsOf(proposalIds, baseStart, baseEnd).filter(
    (edit) => !currentEdits.some((other) => sameEdit(edit, other)),
  );
  const clash = currentEdits.some((edit) => proposalEdits.some((other) => overlap(edit, other)));
  if (clash) return undefined;

  // Insertions go before a replacement starting at the same point; no two edits share a stretch.
  const edits = [...currentEdits, ...proposalEdits].sort(
    (x, y) => x.start - y.start || x.end - x.start - (y.end - y.start),
  );
  const combined: PieceId[] = [];
  let cursor = baseStart;
  for (const edit of edits) {
    while (cursor < edit.start) combined.push(keptId(cursor++));
    combined.push(...edit.added);
    cursor = edit.end;
  }
  while (cursor < baseEnd) combined.push(keptId(cursor++));
  return combined;
}

function editsOf(sideIds: readonly PieceId[], baseStart: number, baseEnd: number): Edit[] {
  const edits: Edit[] = [];
  let next = baseStart;
  let added: PieceId[] = [];
  const close = (end: number): void => {
    if (end > next || added.length > 0) edits.push({ start: next, end, added });
    added = [];
  };
  for (const id of sideIds) {
    const stretch = stretchIndexOf(id);
    if (stretch === undefined) {
      added.push(id);
    } else {
      close(stretch);
      next = stretch + 1;
    }
  }
  close(baseEnd);
  return edits;
}

function sameEdit(x: Edit, y: Edit): boolean {
  return (
    x.start === y.start &&
    x.end === y.end &&
    x.added.length === y.added.length &&
    x.added.every((id, i) => id === y.added[i])
  );
}

function overlap(x: Edit, y: Edit): boolean {
  const xInserts = x.start === x.end;
  const yInserts = y.start === y.end;
  if (xInserts && yInserts) return x.start === y.start;
  if (xInserts) return y.start < x.start && x.start < y.end;
  if (yInserts) return x.start < y.start && y.start < x.end;
  return Math.max(x.start, y.start) < Math.min(x.end, y.end);
}
