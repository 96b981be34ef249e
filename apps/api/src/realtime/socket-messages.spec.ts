import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/errors/domain-error.js';
import { parseJoin, parseLeave, parsePresence } from './socket-messages.js';

const ACCORD = '6f1c1d2e-8f7a-4b1e-9d55-0c6c1b0b7a11';
const CLAUSE = '0b8f3c55-2d7e-4a61-8c3b-5e2f9a7d1c42';

const refusal = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
  return 'ACCEPTED';
};

describe('socket messages', () => {
  it('reads a join with and without afterSeq', () => {
    expect(parseJoin({ accordId: ACCORD })).toEqual({ accordId: ACCORD });
    expect(parseJoin({ accordId: ACCORD, afterSeq: 0 })).toEqual({ accordId: ACCORD, afterSeq: 0 });
    expect(parseJoin({ accordId: ACCORD, afterSeq: null })).toEqual({ accordId: ACCORD });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'join me'],
    ['an array', [ACCORD]],
    ['no accordId', { afterSeq: 1 }],
    ['a numeric accordId', { accordId: 42 }],
    ['a huge accordId', { accordId: 'x'.repeat(100_000) }],
    ['a negative afterSeq', { accordId: ACCORD, afterSeq: -1 }],
    ['a fractional afterSeq', { accordId: ACCORD, afterSeq: 1.5 }],
    ['a string afterSeq', { accordId: ACCORD, afterSeq: '3' }],
    ['an unsafe afterSeq', { accordId: ACCORD, afterSeq: 2 ** 60 }],
  ])('refuses a join with %s as INVALID_INPUT', (_, payload) => {
    expect(refusal(() => parseJoin(payload))).toBe('INVALID_INPUT');
  });

  it('reads presence with defaults and refuses bad fields', () => {
    expect(parsePresence({ accordId: ACCORD })).toEqual({
      accordId: ACCORD,
      clauseId: null,
      typing: false,
    });
    expect(parsePresence({ accordId: ACCORD, clauseId: CLAUSE, typing: true })).toEqual({
      accordId: ACCORD,
      clauseId: CLAUSE,
      typing: true,
    });
    expect(refusal(() => parsePresence({ accordId: ACCORD, clauseId: 'clause 3' }))).toBe(
      'INVALID_INPUT',
    );
    expect(refusal(() => parsePresence({ accordId: ACCORD, typing: 'yes' }))).toBe('INVALID_INPUT');
    expect(refusal(() => parseLeave({}))).toBe('INVALID_INPUT');
  });
});
