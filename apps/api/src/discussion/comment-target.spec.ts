import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/errors/domain-error.js';
import { checkQuoteRange } from './comment-target.js';

const TEXT = 'States should not harm CERTs.';

const refusal = (start?: number | null, end?: number | null, text = TEXT) => {
  try {
    checkQuoteRange(start, end, text);
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
  return 'ACCEPTED';
};

describe('checkQuoteRange', () => {
  it('accepts no quote, or a range inside the text', () => {
    expect(checkQuoteRange(undefined, null, TEXT)).toEqual({ quoteStart: null, quoteEnd: null });
    expect(checkQuoteRange(0, TEXT.length, TEXT)).toEqual({ quoteStart: 0, quoteEnd: TEXT.length });
    expect(TEXT.slice(7, 13)).toBe('should');
    expect(checkQuoteRange(7, 13, TEXT)).toEqual({ quoteStart: 7, quoteEnd: 13 });
  });

  it.each([
    ['only a start', 3, null],
    ['only an end', null, 3],
    ['an empty range', 4, 4],
    ['a reversed range', 9, 2],
    ['a negative start', -1, 2],
    ['an end past the text', 0, TEXT.length + 1],
    ['a fractional end', 0, 2.5],
  ])('refuses %s as INVALID_QUOTE_RANGE', (_, start, end) => {
    expect(refusal(start, end)).toBe('INVALID_QUOTE_RANGE');
  });

  it('counts UTF-16 code units, as the web app does with String.slice', () => {
    const text = 'Flag 🇺🇳 of the UN';
    expect(refusal(5, 9, text)).toBe('ACCEPTED');
    expect(refusal(0, text.length, text)).toBe('ACCEPTED');
    expect(refusal(0, text.length + 1, text)).toBe('INVALID_QUOTE_RANGE');
  });

  it('allows no quote of a text that has none (a REMOVE amendment)', () => {
    expect(refusal(0, 1, '')).toBe('INVALID_QUOTE_RANGE');
    expect(refusal(null, null, '')).toBe('ACCEPTED');
  });
});
