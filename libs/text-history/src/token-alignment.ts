import { diffArrays } from 'diff';

/**
 * One run of an alignment between two token lists: tokens both texts share, or a change that
 * replaces some tokens of the old text (`removed`) by some of the new one (`added`).
 */
export type TokenRun =
  { kind: 'kept'; tokens: string[] } | { kind: 'changed'; removed: string[]; added: string[] };

/**
 * Aligns two token lists (Myers diff from the `diff` package), then makes the result read the way
 * a delegate would describe the amendment: whitespace the diff kept between two changes is folded
 * into them, so "quick" → "very slow" is one replacement instead of "quick→very, kept space,
 * inserted slow"; what a folded change then begins or ends with on both sides is kept again.
 * Runs alternate: never two kept or two changed runs in a row.
 */
export function alignTokens(from: readonly string[], to: readonly string[]): TokenRun[] {
  return trimChanges(foldWhitespaceBetweenChanges(rawRuns(from, to)));
}

function rawRuns(from: readonly string[], to: readonly string[]): TokenRun[] {
  const runs: TokenRun[] = [];
  // Copies only because diffArrays is typed with mutable arrays.
  for (const change of diffArrays([...from], [...to])) {
    if (!change.added && !change.removed) {
      runs.push({ kind: 'kept', tokens: change.value });
      continue;
    }
    const last = runs.at(-1);
    const run = last?.kind === 'changed' ? last : pushChange(runs);
    (change.added ? run.added : run.removed).push(...change.value);
  }
  return runs;
}

function pushChange(runs: TokenRun[]): { kind: 'changed'; removed: string[]; added: string[] } {
  const run = { kind: 'changed' as const, removed: [], added: [] };
  runs.push(run);
  return run;
}

const whitespace = /^\s+$/u;

function foldWhitespaceBetweenChanges(runs: TokenRun[]): TokenRun[] {
  const folded: TokenRun[] = [];
  let absorbed = false; // the run was folded into the previous change with the one before it
  for (const [i, run] of runs.entries()) {
    if (absorbed) {
      absorbed = false;
      continue;
    }
    const previous = folded.at(-1);
    const next = runs[i + 1];
    if (
      run.kind === 'kept' &&
      previous?.kind === 'changed' &&
      next?.kind === 'changed' &&
      run.tokens.every((token) => whitespace.test(token))
    ) {
      previous.removed.push(...run.tokens, ...next.removed);
      previous.added.push(...run.tokens, ...next.added);
      absorbed = true;
      continue;
    }
    folded.push(run);
  }
  return folded;
}

/** Gives tokens that a folded change begins or ends with on both sides back to the kept runs. */
function trimChanges(runs: TokenRun[]): TokenRun[] {
  const trimmed: TokenRun[] = [];
  const keep = (tokens: string[]): void => {
    if (tokens.length === 0) return;
    const last = trimmed.at(-1);
    if (last?.kind === 'kept') last.tokens.push(...tokens);
    else trimmed.push({ kind: 'kept', tokens: [...tokens] });
  };
  for (const run of runs) {
    if (run.kind === 'kept') {
      keep(run.tokens);
      continue;
    }
    const { removed, added } = run;
    let head = 0;
    while (head < removed.length && head < added.length && removed[head] === added[head]) head++;
    let tail = 0;
    while (
      tail < removed.length - head &&
      tail < added.length - head &&
      removed[removed.length - 1 - tail] === added[added.length - 1 - tail]
    ) {
      tail++;
    }
    keep(removed.slice(0, head));
    const change = {
      removed: removed.slice(head, removed.length - tail),
      added: added.slice(head, added.length - tail),
    };
    if (change.removed.length > 0 || change.added.length > 0) {
      trimmed.push({ kind: 'changed', ...change });
    }
    keep(removed.slice(removed.length - tail));
  }
  return trimmed;
}
