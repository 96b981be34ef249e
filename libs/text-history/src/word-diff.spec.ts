import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { amendmentOf, clauseText } from './clause-text.arbitrary.js';
import { diffWords, type DiffPart } from './word-diff.js';

const textOf = (parts: DiffPart[], ops: DiffPart['op'][]): string =>
  parts
    .filter((part) => ops.includes(part.op))
    .map((part) => part.text)
    .join('');

describe('diffWords', () => {
  it('shows a changed word as the deletion and insertion of that word', () => {
    expect(diffWords('The parties shall cooperate.', 'The parties may cooperate.')).toEqual([
      { op: 'equal', text: 'The parties ' },
      { op: 'delete', text: 'shall' },
      { op: 'insert', text: 'may' },
      { op: 'equal', text: ' cooperate.' },
    ]);
  });

  it('shows a word replaced by a phrase as one change, not word by word', () => {
    expect(diffWords('the quick brown fox', 'the very slow brown fox')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'quick' },
      { op: 'insert', text: 'very slow' },
      { op: 'equal', text: ' brown fox' },
    ]);
  });

  it('shows a rewritten phrase as one deletion and one insertion', () => {
    expect(diffWords('in good faith', 'without undue delay')).toEqual([
      { op: 'delete', text: 'in good faith' },
      { op: 'insert', text: 'without undue delay' },
    ]);
  });

  it('shows a deleted word with its space', () => {
    expect(diffWords('shall promptly notify', 'shall notify')).toEqual([
      { op: 'equal', text: 'shall ' },
      { op: 'delete', text: 'promptly ' },
      { op: 'equal', text: 'notify' },
    ]);
  });

  it('makes whitespace-only changes visible', () => {
    expect(diffWords('a  b\nc', 'a b c')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: '  ' },
      { op: 'insert', text: ' ' },
      { op: 'equal', text: 'b' },
      { op: 'delete', text: '\n' },
      { op: 'insert', text: ' ' },
      { op: 'equal', text: 'c' },
    ]);
  });

  it('shows a changed accent, emoji or ideograph without cutting it', () => {
    expect(diffWords('cafe\u0301 and 👩🏽‍⚖️ and 我喜欢猫', 'café and 👩🏻‍⚖️ and 我喜欢狗')).toEqual([
      { op: 'delete', text: 'cafe\u0301' },
      { op: 'insert', text: 'café' },
      { op: 'equal', text: ' and ' },
      { op: 'delete', text: '👩🏽‍⚖️' },
      { op: 'insert', text: '👩🏻‍⚖️' },
      { op: 'equal', text: ' and 我喜欢' },
      { op: 'delete', text: '猫' },
      { op: 'insert', text: '狗' },
    ]);
  });

  it('shows two neighbouring words changed as one changed phrase', () => {
    expect(diffWords('shall promptly notify', 'must immediately notify')).toEqual([
      { op: 'delete', text: 'shall promptly' },
      { op: 'insert', text: 'must immediately' },
      { op: 'equal', text: ' notify' },
    ]);
  });

  it('gives one equal part for identical texts and none for two empty ones', () => {
    expect(diffWords('Article 1.', 'Article 1.')).toEqual([{ op: 'equal', text: 'Article 1.' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('gives a single insertion from an empty text and a single deletion to one', () => {
    expect(diffWords('', 'New clause.')).toEqual([{ op: 'insert', text: 'New clause.' }]);
    expect(diffWords('Old clause.', '')).toEqual([{ op: 'delete', text: 'Old clause.' }]);
  });

  it('rebuilds both texts from its parts, for any texts and any amendment', () => {
    const pairs = fc.oneof(
      fc.tuple(clauseText(), clauseText()),
      clauseText().chain((from) => fc.tuple(fc.constant(from), amendmentOf(from))),
    );
    fc.assert(
      fc.property(pairs, ([from, to]) => {
        const parts = diffWords(from, to);
        expect(textOf(parts, ['equal', 'delete'])).toBe(from);
        expect(textOf(parts, ['equal', 'insert'])).toBe(to);
      }),
    );
  });

  it('never gives empty parts nor two neighbouring parts with the same op', () => {
    fc.assert(
      fc.property(clauseText(), clauseText(), (from, to) => {
        const parts = diffWords(from, to);
        expect(parts.every((part) => part.text.length > 0)).toBe(true);
        expect(
          parts.every((part, i) => {
            const before = parts[i - 1];
            return before === undefined || before.op !== part.op;
          }),
        ).toBe(true);
      }),
    );
  });
});
