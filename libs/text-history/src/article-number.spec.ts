import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  compareArticleNumbers,
  describeRenumbering,
  isArticleNumber,
  nextWholeNumber,
  normalizeArticleNumber,
  numberForInsertion,
  renumbering,
} from './article-number.js';

const sorted = (numbers: string[]) => [...numbers].sort(compareArticleNumbers);

describe('article numbers', () => {
  it('reads in the diplomatic order: letters before, Latin ordinals after', () => {
    const reading = [
      '1 AA',
      '1 A',
      '1',
      '1 bis',
      '1 ter',
      '2 A',
      '2',
      '2 bis A',
      '2 bis',
      '2 bis bis',
      '2 ter',
      '10',
    ];
    expect(sorted([...reading].reverse())).toEqual(reading);
  });

  it('knows the canonical form and refuses anything else', () => {
    expect(normalizeArticleNumber(' 5   bis ')).toBe('5 bis');
    expect(normalizeArticleNumber('5 A B')).toBe('5 AB');
    for (const good of ['1', '5 bis', '12 quinquies', '3 tricies', '1 A', '5 bis AA'])
      expect(isArticleNumber(good)).toBe(true);
    for (const bad of ['0', '-1', '05', '5 Bis', '5bis', '5 a', '5 undevicies', '', 'bis'])
      expect(isArticleNumber(bad)).toBe(false);
  });

  it('gives the next whole number at the end, never one removed since the last renumbering', () => {
    expect(nextWholeNumber([])).toBe('1');
    expect(numberForInsertion('7', null, ['1', '7', '5 bis', '9'])).toBe('10');
    expect(numberForInsertion(null, null, [])).toBe('1');
  });

  it('numbers an article inserted after N: N bis, then N ter after N bis', () => {
    expect(numberForInsertion('5', '6', ['5', '6'])).toBe('5 bis');
    expect(numberForInsertion('5 bis', '6', ['5', '5 bis', '6'])).toBe('5 ter');
    expect(numberForInsertion('5 ter', '6', ['5', '5 bis', '5 ter', '6'])).toBe('5 quater');
    // A removed "5 ter" keeps its number until the text is renumbered.
    expect(numberForInsertion('5 bis', '6', ['5', '5 bis', '5 ter', '6'])).toBe('5 quater');
  });

  it('numbers an article inserted between 5 and 5 bis "5 bis A", and one before article 1 "1 A"', () => {
    expect(numberForInsertion('5', '5 bis', ['5', '5 bis'])).toBe('5 bis A');
    expect(numberForInsertion('5 bis A', '5 bis', ['5', '5 bis A', '5 bis'])).toBe('5 bis B');
    expect(numberForInsertion('5', '5 bis A', ['5', '5 bis A', '5 bis'])).toBe('5 bis AA');
    expect(numberForInsertion(null, '1', ['1', '2'])).toBe('1 A');
    expect(numberForInsertion(null, '1 A', ['1 A', '1'])).toBe('1 AA');
  });

  it('follows the previous article when a move left the text out of order', () => {
    // 5, 7, 6 after moving 7: inserting between 7 and 6 gives 7 bis.
    expect(numberForInsertion('7', '6', ['5', '6', '7'])).toBe('7 bis');
  });

  it('always finds a free number that reads between its neighbours when they are in order', () => {
    const numberList = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(numberList, (places) => {
        const text: string[] = [];
        for (const place of places) {
          const at = place % (text.length + 1);
          const number = numberForInsertion(text[at - 1] ?? null, text[at] ?? null, text);
          expect(text).not.toContain(number);
          expect(isArticleNumber(number)).toBe(true);
          text.splice(at, 0, number);
        }
        expect(sorted(text)).toEqual(text);
      }),
    );
  });

  it('renumbers the text 1, 2, 3 … and says so in words', () => {
    const changes = renumbering([
      { id: 'a', number: '5' },
      { id: 'b', number: '5 bis' },
      { id: 'c', number: '6' },
    ]);
    expect(changes).toEqual([
      { id: 'a', from: '5', to: '1' },
      { id: 'b', from: '5 bis', to: '2' },
      { id: 'c', from: '6', to: '3' },
    ]);
    expect(renumbering([{ id: 'a', number: '1' }])).toEqual([]);
    expect(
      describeRenumbering([
        { from: '5 bis', to: '6' },
        { from: '6', to: '7' },
      ]),
    ).toBe('Renumbered: 5 bis → 6, 6 → 7');
  });
});
