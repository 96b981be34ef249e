import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

import { clauseText } from './clause-text.arbitrary.js';
import { tokenize, tokenizeByGraphemes } from './tokenize.js';

describe('tokenize', () => {
  it('splits a clause into words, runs of whitespace and single punctuation marks', () => {
    expect(tokenize('The parties,  in good faith.')).toEqual([
      'The',
      ' ',
      'parties',
      ',',
      '  ',
      'in',
      ' ',
      'good',
      ' ',
      'faith',
      '.',
    ]);
  });

  it('keeps digits in words and treats each bracket as its own token', () => {
    expect(tokenize('Article 12b(ii)')).toEqual(['Article', ' ', '12b', '(', 'ii', ')']);
  });

  it('keeps a combining accent with its letter', () => {
    const decomposed = 'cafe\u0301 noir';
    expect(tokenize(decomposed)).toEqual(['cafe\u0301', ' ', 'noir']);
  });

  it('keeps emoji ZWJ sequences, skin tones, flags and keycaps whole', () => {
    expect(tokenize('👩🏽‍⚖️ 🇫🇷🇩🇪 1️⃣!')).toEqual(['👩🏽‍⚖️', ' ', '🇫🇷', '🇩🇪', ' ', '1️⃣', '!']);
  });

  it('makes each CJK ideograph or kana its own token', () => {
    expect(tokenize('我喜欢猫。ねこ')).toEqual(['我', '喜', '欢', '猫', '。', 'ね', 'こ']);
  });

  it('keeps Arabic words whole, vowel marks included', () => {
    expect(tokenize('مَرْحَبًا بالعالم')).toEqual(['مَرْحَبًا', ' ', 'بالعالم']);
  });

  it('keeps a Windows line break as one whitespace token', () => {
    expect(tokenize('a\r\n\tb')).toEqual(['a', '\r\n\t', 'b']);
  });

  it('gives no tokens for an empty text', () => {
    expect(tokenize('')).toEqual([]);
  });

  it('gives back exactly the input when the tokens are joined, lone surrogates included', () => {
    const withLoneSurrogates = fc.string({
      unit: fc.oneof(fc.constantFrom('\uD83D', '\uDE00', 'a', ' '), fc.string({ unit: 'binary' })),
    });
    fc.assert(
      fc.property(fc.oneof(clauseText(), withLoneSurrogates), (text) => {
        expect(tokenize(text).join('')).toBe(text);
      }),
    );
  });

  it('gives the same tokens on its fast path as when segmenting into graphemes', () => {
    fc.assert(
      fc.property(clauseText(), (text) => {
        expect(tokenize(text)).toEqual(tokenizeByGraphemes(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives an empty token nor cuts a grapheme', () => {
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(clauseText(), (text) => {
        const tokens = tokenize(text);
        expect(tokens.every((token) => token.length > 0)).toBe(true);
        // Each token boundary is a grapheme boundary of the whole text.
        const boundaries = new Set([...graphemes.segment(text)].map((s) => s.index));
        let offset = 0;
        for (const token of tokens) {
          expect(boundaries.has(offset)).toBe(true);
          offset += token.length;
        }
      }),
    );
  });
});
