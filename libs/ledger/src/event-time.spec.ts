import { describe, expect, it } from '@jest/globals';

import { toIsoMillis } from './event-time.js';

describe('toIsoMillis', () => {
  it('writes UTC with milliseconds', () => {
    expect(toIsoMillis(new Date(Date.UTC(2026, 10, 26, 1, 2, 3, 4)))).toBe(
      '2026-11-26T01:02:03.004Z',
    );
    expect(toIsoMillis('2026-11-26T01:02:03.004Z')).toBe('2026-11-26T01:02:03.004Z');
    expect(toIsoMillis('2026-11-26T01:02:03Z')).toBe('2026-11-26T01:02:03.000Z');
    expect(toIsoMillis('2026-11-26T03:02:03.004+02:00')).toBe('2026-11-26T01:02:03.004Z');
  });

  it('truncates sub-millisecond digits, as a Date read from the database does', () => {
    expect(toIsoMillis('2026-11-26T01:02:03.004999Z')).toBe('2026-11-26T01:02:03.004Z');
  });

  it('rejects invalid dates and strings without a zone', () => {
    expect(() => toIsoMillis(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toIsoMillis('2026-02-30T00:00:00.000Z')).toThrow(RangeError);
    expect(() => toIsoMillis('2026-11-26T01:02:03.004')).toThrow(RangeError);
    expect(() => toIsoMillis('2026-11-26')).toThrow(RangeError);
    expect(() => toIsoMillis('2026-11-26T24:00:00Z')).toThrow(RangeError);
    expect(() => toIsoMillis('yesterday')).toThrow(RangeError);
  });
});
