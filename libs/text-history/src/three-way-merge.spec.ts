import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { concurrentAmendments } from './clause-text.arbitrary.js';
import { mergeThreeWay, type MergeConflict, type TextRange } from './three-way-merge.js';

/** The merged text, failing the test on a conflict. */
function merged(base: string, current: string, proposal: string): string {
  const result = mergeThreeWay(base, current, proposal);
  if (!result.ok) throw new Error(`unexpected conflict: ${JSON.stringify(result.conflicts)}`);
  return result.text;
}

/** What each conflict covers in each text, failing the test on a clean merge. */
function conflictingTexts(
  base: string,
  current: string,
  proposal: string,
): { base: string; current: string; proposal: string }[] {
  const result = mergeThreeWay(base, current, proposal);
  if (result.ok) throw new Error(`unexpected clean merge: ${JSON.stringify(result.text)}`);
  return result.conflicts.map((conflict) => ({
    base: slice(base, conflict.base),
    current: slice(current, conflict.current),
    proposal: slice(proposal, conflict.proposal),
  }));
}

const slice = (text: string, range: TextRange): string => text.slice(range.start, range.end);

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
/** Whether an offset falls between the two halves of a surrogate pair. */
const splitsSurrogatePair = (text: string, offset: number): boolean =>
  offset > 0 &&
  offset < text.length &&
  isHighSurrogate(text.charCodeAt(offset - 1)) &&
  isLowSurrogate(text.charCodeAt(offset));

describe('mergeThreeWay', () => {
  describe('when only one side amended the clause', () => {
    it('takes the current text when the proposal did not change the base', () => {
      expect(
        merged(
          'The parties shall cooperate.',
          'Parties cooperate.',
          'The parties shall cooperate.',
        ),
      ).toBe('Parties cooperate.');
    });

    it('takes the proposal when the clause has not changed since it was drafted', () => {
      expect(
        merged(
          'The parties shall cooperate.',
          'The parties shall cooperate.',
          'Parties cooperate.',
        ),
      ).toBe('Parties cooperate.');
    });
  });

  describe('with edits to different words', () => {
    it('combines edits of two words next to each other', () => {
      expect(
        merged(
          'The parties shall promptly notify',
          'The parties must promptly notify',
          'The parties shall immediately notify',
        ),
      ).toBe('The parties must immediately notify');
    });

    it('combines edits of a word and of the punctuation right after it', () => {
      expect(
        merged(
          'within thirty days, after',
          'within thirty months, after',
          'within thirty days; after',
        ),
      ).toBe('within thirty months; after');
    });

    it('combines an insertion before a word with a replacement of that word', () => {
      expect(
        merged(
          'shall notify the Secretariat',
          'shall promptly notify the Secretariat',
          'shall inform the Secretariat',
        ),
      ).toBe('shall promptly inform the Secretariat');
    });

    it('combines a phrase replaced on one side with the next word edited on the other', () => {
      expect(merged('the quick brown fox', 'the very slow brown fox', 'the quick red fox')).toBe(
        'the very slow red fox',
      );
    });

    it('combines edits at the start and at the end of the clause', () => {
      expect(
        merged(
          'The parties shall cooperate',
          'All parties shall cooperate',
          'The parties shall cooperate fully.',
        ),
      ).toBe('All parties shall cooperate fully.');
    });
  });

  describe('with identical edits on both sides', () => {
    it('applies an edit made by both sides once', () => {
      expect(merged('shall notify', 'must notify', 'must notify')).toBe('must notify');
      expect(
        merged(
          'The parties shall cooperate',
          'The parties shall cooperate fully.',
          'The parties shall cooperate fully.',
        ),
      ).toBe('The parties shall cooperate fully.');
    });

    it('applies a shared edit once and combines it with a further edit of one side', () => {
      expect(
        merged(
          'shall notify the Secretariat',
          'must notify the Secretariat.',
          'must notify the Bureau',
        ),
      ).toBe('must notify the Bureau.');
    });
  });

  describe('with overlapping edits', () => {
    it('reports the same word changed differently, with its range in each text', () => {
      const base = 'The parties shall cooperate.';
      const current = 'The parties must cooperate.';
      const proposal = 'The parties may cooperate.';
      const result = mergeThreeWay(base, current, proposal);
      const expected: MergeConflict = {
        base: { start: 12, end: 17 },
        current: { start: 12, end: 16 },
        proposal: { start: 12, end: 15 },
      };
      expect(result).toEqual({ ok: false, conflicts: [expected] });
      expect(conflictingTexts(base, current, proposal)).toEqual([
        { base: 'shall', current: 'must', proposal: 'may' },
      ]);
    });

    it('reports a phrase rewritten on one side and partly edited on the other as a whole', () => {
      expect(
        conflictingTexts(
          'the quick brown fox jumps',
          'the slow red fox jumps',
          'the quick green fox jumps',
        ),
      ).toEqual([{ base: 'quick brown', current: 'slow red', proposal: 'quick green' }]);
    });

    it('reports a word deleted on one side and edited on the other', () => {
      expect(
        conflictingTexts('shall promptly notify', 'shall notify', 'shall quickly notify'),
      ).toEqual([{ base: 'promptly ', current: '', proposal: 'quickly ' }]);
    });

    it('reports different insertions at the same point, with an empty base range', () => {
      const result = mergeThreeWay('shall notify', 'shall promptly notify', 'shall duly notify');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.conflicts[0]?.base).toEqual({ start: 6, end: 6 });
      expect(
        conflictingTexts('shall notify', 'shall promptly notify', 'shall duly notify'),
      ).toEqual([{ base: '', current: 'promptly ', proposal: 'duly ' }]);
    });

    it('reports different additions at the end of the clause', () => {
      expect(
        conflictingTexts(
          'The parties shall cooperate',
          'The parties shall cooperate fully',
          'The parties shall cooperate.',
        ),
      ).toEqual([{ base: '', current: ' fully', proposal: '.' }]);
    });

    it('reports the first word changed differently', () => {
      expect(
        conflictingTexts(
          'The parties shall cooperate',
          'All parties shall cooperate',
          'Both parties shall cooperate',
        ),
      ).toEqual([{ base: 'The', current: 'All', proposal: 'Both' }]);
    });

    it('reports each conflict of a clause separately and in order', () => {
      expect(
        conflictingTexts(
          'one two three four five',
          'uno two three four cinq',
          'eins two three four fünf',
        ),
      ).toEqual([
        { base: 'one', current: 'uno', proposal: 'eins' },
        { base: 'five', current: 'cinq', proposal: 'fünf' },
      ]);
    });
  });

  describe('with whitespace-only edits', () => {
    it('combines a whitespace fix with an edit of the next word', () => {
      expect(merged('a  b c', 'a b c', 'a b d')).toBe('a b d');
      expect(merged('shall  notify', 'shall notify', 'shall  inform')).toBe('shall inform');
    });

    it('applies the same whitespace fix once', () => {
      expect(
        merged('shall  notify  the Bureau', 'shall notify  the Bureau', 'shall notify the Bureau'),
      ).toBe('shall notify the Bureau');
    });

    it('reports the same whitespace changed differently', () => {
      expect(conflictingTexts('a  b', 'a b', 'a\tb')).toEqual([
        { base: '  ', current: ' ', proposal: '\t' },
      ]);
    });
  });

  describe('with Unicode text', () => {
    it('combines edits of words with decomposed accents (e + U+0301)', () => {
      expect(
        merged('le cafe\u0301 est chaud', 'le cafe\u0301 est froid', 'le the\u0301 est chaud'),
      ).toBe('le the\u0301 est froid');
    });

    it('reports a decomposed accent changed differently without cutting the letter from its mark', () => {
      expect(
        conflictingTexts('le cafe\u0301 est chaud', 'le cafe\u0300 est chaud', 'le cafe est chaud'),
      ).toEqual([{ base: 'cafe\u0301', current: 'cafe\u0300', proposal: 'cafe' }]);
    });

    it('combines edits of CJK ideographs, even neighbouring ones', () => {
      expect(merged('我喜欢猫和狗', '我喜欢猫和鸟', '你喜欢猫和狗')).toBe('你喜欢猫和鸟');
      expect(merged('我喜欢猫', '我喜欢狗', '我讨厌猫')).toBe('我讨厌狗');
    });

    it('reports the same ideograph changed differently', () => {
      expect(conflictingTexts('我喜欢猫', '我喜欢狗', '我喜欢鸟')).toEqual([
        { base: '猫', current: '狗', proposal: '鸟' },
      ]);
    });

    it('reports an emoji ZWJ sequence changed differently as a whole', () => {
      expect(conflictingTexts('👩🏽‍⚖️ and 👨🏿‍⚖️ agree', '👩🏻‍⚖️ and 👨🏿‍⚖️ agree', '👩🏿‍⚖️ and 👨🏿‍⚖️ agree')).toEqual([
        { base: '👩🏽‍⚖️', current: '👩🏻‍⚖️', proposal: '👩🏿‍⚖️' },
      ]);
    });

    it('treats flags as whole tokens', () => {
      expect(merged('Signed: 🇫🇷 🇩🇪', 'Signed: 🇫🇮 🇩🇪', 'Signed: 🇫🇷 🇩🇰')).toBe('Signed: 🇫🇮 🇩🇰');
      // 🇫🇷 and 🇫🇮 share their first regional indicator, which must not count as kept.
      expect(conflictingTexts('Signed: 🇫🇷 🇩🇪', 'Signed: 🇫🇮 🇩🇪', 'Signed: 🇪🇸 🇩🇪')).toEqual([
        { base: '🇫🇷', current: '🇫🇮', proposal: '🇪🇸' },
      ]);
    });

    it('combines and reports edits of right-to-left Arabic text', () => {
      const base = 'يتعاون الطرفان بحسن نية';
      expect(merged(base, 'يلتزم الطرفان بحسن نية', 'يتعاون الطرفان بحسن النية')).toBe(
        'يلتزم الطرفان بحسن النية',
      );
      expect(conflictingTexts(base, 'يلتزم الطرفان بحسن نية', 'يعمل الطرفان بحسن نية')).toEqual([
        { base: 'يتعاون', current: 'يلتزم', proposal: 'يعمل' },
      ]);
    });
  });

  describe('with empty texts', () => {
    it('merges three empty texts into an empty text', () => {
      expect(merged('', '', '')).toBe('');
    });

    it('takes the same text written on both sides of an empty clause', () => {
      expect(merged('', 'New clause.', 'New clause.')).toBe('New clause.');
    });

    it('reports different texts written into an empty clause', () => {
      expect(mergeThreeWay('', 'a', 'b')).toEqual({
        ok: false,
        conflicts: [
          {
            base: { start: 0, end: 0 },
            current: { start: 0, end: 1 },
            proposal: { start: 0, end: 1 },
          },
        ],
      });
    });

    it('reports a clause emptied on one side and amended on the other', () => {
      expect(conflictingTexts('Text of the clause.', '', 'Text of the amended clause.')).toEqual([
        { base: 'Text of the clause.', current: '', proposal: 'Text of the amended clause.' },
      ]);
    });

    it('empties the clause when the proposal left it unchanged', () => {
      expect(merged('Text of the clause.', '', 'Text of the clause.')).toBe('');
    });
  });

  describe('for any two amendments of a base', () => {
    it('gives the same outcome whichever side is current', () => {
      fc.assert(
        fc.property(concurrentAmendments(), ([base, current, proposal]) => {
          const forward = mergeThreeWay(base, current, proposal);
          const backward = mergeThreeWay(base, proposal, current);
          expect(backward.ok).toBe(forward.ok);
          if (forward.ok && backward.ok) expect(backward.text).toBe(forward.text);
        }),
      );
    });

    it('reports ordered conflict ranges inside each text that never split a surrogate pair', () => {
      fc.assert(
        fc.property(concurrentAmendments(), ([base, current, proposal]) => {
          const result = mergeThreeWay(base, current, proposal);
          if (result.ok) return;
          expect(result.conflicts.length).toBeGreaterThan(0);
          const texts = { base, current, proposal };
          for (const side of ['base', 'current', 'proposal'] as const) {
            let previousEnd = 0;
            for (const conflict of result.conflicts) {
              const { start, end } = conflict[side];
              expect(previousEnd <= start && start <= end && end <= texts[side].length).toBe(true);
              expect(splitsSurrogatePair(texts[side], start)).toBe(false);
              expect(splitsSurrogatePair(texts[side], end)).toBe(false);
              previousEnd = end;
            }
          }
        }),
      );
    });

    it('combines edits of two different words of a clause', () => {
      const word = fc.constantFrom('the', 'shall', 'é', 'e\u0301', '猫', '👩🏽‍⚖️', '🇫🇷', 'نية');
      const clause = fc.array(word, { minLength: 2, maxLength: 8 });
      fc.assert(
        fc.property(
          clause,
          fc.nat(),
          fc.nat(),
          word,
          word,
          (words, i, j, currentWord, proposedWord) => {
            const currentAt = i % words.length;
            const proposedAt = (currentAt + 1 + (j % (words.length - 1))) % words.length;
            const edited = (changes: Map<number, string>): string =>
              words.map((original, at) => changes.get(at) ?? original).join(' ');
            const current = edited(new Map([[currentAt, currentWord]]));
            const proposal = edited(new Map([[proposedAt, proposedWord]]));
            const both = edited(
              new Map([
                [currentAt, currentWord],
                [proposedAt, proposedWord],
              ]),
            );
            expect(merged(words.join(' '), current, proposal)).toBe(both);
          },
        ),
      );
    });
  });
});
