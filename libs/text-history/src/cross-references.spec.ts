import { describe, expect, it } from '@jest/globals';
import { carryReferences, findArticleMentions, recognizeReferences } from './cross-references.js';

const numbered = new Map([
  ['1', 'one'],
  ['5', 'five'],
  ['5 bis', 'five-bis'],
  ['6', 'six'],
  ['7 ter', 'seven-ter'],
]);

/** Each reference as "written words→target", easy to read in a failing test. */
const cited = (text: string, known = numbered) =>
  recognizeReferences(text, known).map((r) => `${text.slice(r.start, r.end)}→${r.target}`);

describe('cross-references to articles', () => {
  it('recognises article, Article, art. and Art., with Latin ordinals', () => {
    expect(cited('Under article 6, and Article 5 bis; see also art. 5 and Art. 7 ter.')).toEqual([
      '6→six',
      '5 bis→five-bis',
      '5→five',
      '7 ter→seven-ter',
    ]);
    expect(cited('As in Article 5 BIS and article 5bis')).toEqual([
      '5 BIS→five-bis',
      '5bis→five-bis',
    ]);
  });

  it('reads lists after the plural only', () => {
    expect(cited('Articles 1, 5 and 7 ter apply; arts. 5-6 too.')).toEqual([
      '1→one',
      '5→five',
      '7 ter→seven-ter',
      '5→five',
      '6→six',
    ]);
    expect(cited('Under article 5, 6 states objected.')).toEqual(['5→five']);
  });

  it('takes the longest reading that names an article', () => {
    expect(cited('In article 6 I see a problem.')).toEqual(['6→six']);
    expect(
      cited(
        'In article 6 I see a problem.',
        new Map([
          ['6 I', 'x'],
          ['6', 'six'],
        ]),
      ),
    ).toEqual(['6 I→x']);
  });

  it('leaves other instruments, unknown numbers and look-alikes alone', () => {
    expect(cited('Article 51 of the Charter; article 6 of the Charter.')).toEqual([]);
    expect(cited('article 6 of this Accord and article 6 of the present Accord')).toEqual([
      '6→six',
      '6→six',
    ]);
    expect(cited('article 9, Article 6a, article 6th, particle 6, the 6 articles')).toEqual([]);
  });

  it('gives offsets in UTF-16 code units', () => {
    const text = '👩🏽‍⚖️ notes article 6.';
    const [mention] = findArticleMentions(text);
    expect(text.slice(mention?.start, mention?.readings[0]?.end)).toBe('6');
  });

  it('keeps the article an unchanged mention meant when the text is edited', () => {
    const before = 'We object to article 6 as drafted.';
    const references = recognizeReferences(before, numbered);
    const after = 'We strongly object to article 6 as drafted, and to article 5.';
    const kept = carryReferences(before, after, references);
    expect(kept.map((r) => after.slice(r.start, r.end))).toEqual(['6']);
    // Since written, the article then numbered 6 became 7 and a new one is 6.
    const renumbered = new Map([
      ['6', 'newcomer'],
      ['5', 'five'],
    ]);
    expect(recognizeReferences(after, renumbered, kept).map((r) => r.target)).toEqual([
      'six',
      'five',
    ]);
  });

  it('reads a changed mention afresh', () => {
    const before = 'See article 6.';
    const references = recognizeReferences(before, numbered);
    expect(carryReferences(before, 'See article 7 ter.', references)).toEqual([]);
    // "6" became "6 bis": the longer reading, written now, wins over the carried "6".
    const after = 'See article 6 bis.';
    const known = new Map([...numbered, ['6 bis', 'six-bis']]);
    const kept = carryReferences(before, after, references);
    expect(recognizeReferences(after, known, kept).map((r) => r.target)).toEqual(['six-bis']);
  });
});
