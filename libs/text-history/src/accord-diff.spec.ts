import { describe, expect, it } from '@jest/globals';
import { type ArticleAtMoment, diffAccord } from './accord-diff.js';

const article = (
  clauseId: string,
  position: number,
  text: string,
  extra: Partial<ArticleAtMoment> = {},
): ArticleAtMoment => ({
  clauseId,
  number: String(position),
  position,
  version: 1,
  heading: null,
  text,
  force: 'VOLUNTARY',
  ...extra,
});

const kinds = (changes: ReturnType<typeof diffAccord>) =>
  changes.map((c) => `${c.clauseId}:${c.kind}`);

describe('diffAccord', () => {
  it('marks added, removed, reworded and untouched articles, in the order of the later text', () => {
    const from = [
      article('a', 1, 'States should refrain.'),
      article('b', 2, 'States should cooperate.'),
      article('c', 3, 'States should report.'),
    ];
    const to = [
      article('a', 1, 'States shall refrain.', { version: 2 }),
      article('n', 2, 'States should protect CERTs.'),
      article('c', 3, 'States should report.'),
    ];
    const changes = diffAccord(from, to);
    expect(kinds(changes)).toEqual(['a:MODIFIED', 'b:REMOVED', 'n:ADDED', 'c:UNCHANGED']);
    expect(changes[0]?.parts).toEqual([
      { op: 'equal', text: 'States ' },
      { op: 'delete', text: 'should' },
      { op: 'insert', text: 'shall' },
      { op: 'equal', text: ' refrain.' },
    ]);
    expect(changes[1]?.parts).toEqual([{ op: 'delete', text: 'States should cooperate.' }]);
  });

  it('calls a change of force or heading a rewording, and a new place among the others a move', () => {
    const from = [article('a', 1, 'A.'), article('b', 2, 'B.'), article('c', 3, 'C.')];
    const to = [
      article('c', 1, 'C.'),
      article('a', 2, 'A.', { force: 'BINDING' }),
      article('b', 3, 'B.'),
    ];
    const changes = diffAccord(from, to);
    expect(kinds(changes)).toEqual(['c:MOVED', 'a:MODIFIED', 'b:UNCHANGED']);
    expect(changes.map((c) => [c.reworded, c.moved])).toEqual([
      [false, true],
      [true, false],
      [false, false],
    ]);
  });

  it('does not call an article moved because one was added or removed before it', () => {
    const from = [article('a', 1, 'A.'), article('b', 2, 'B.')];
    const to = [article('n', 1, 'N.'), article('b', 2, 'B.')];
    expect(kinds(diffAccord(from, to))).toEqual(['a:REMOVED', 'n:ADDED', 'b:UNCHANGED']);
  });

  it('gives the same articles either way round, with the opposite changes', () => {
    const from = [article('a', 1, 'A.')];
    const to = [article('a', 1, 'A!', { version: 2 }), article('b', 2, 'B.')];
    expect(kinds(diffAccord(to, from))).toEqual(['a:MODIFIED', 'b:REMOVED']);
  });
});
