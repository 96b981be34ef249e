import { alignTokens } from './token-alignment.js';
import { tokenize } from './tokenize.js';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/**
 * Word-level diff of two versions of a clause, for showing an amendment.
 * Equal and delete parts joined give `from`; equal and insert parts joined give `to`.
 * A replaced word shows as a delete followed by an insert; whitespace changes show as well.
 * Neighbouring parts never share an op; identical texts give one equal part (none if empty).
 */
export function diffWords(from: string, to: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const add = (op: DiffOp, tokens: readonly string[]): void => {
    if (tokens.length === 0) return;
    const text = tokens.join('');
    const last = parts.at(-1);
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  for (const run of alignTokens(tokenize(from), tokenize(to))) {
    if (run.kind === 'kept') {
      add('equal', run.tokens);
    } else {
      add('delete', run.removed);
      add('insert', run.added);
    }
  }
  return parts;
}
