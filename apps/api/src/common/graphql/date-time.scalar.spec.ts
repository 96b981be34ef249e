import { describe, expect, it } from '@jest/globals';
import { DateTimeScalar, isoDateTime } from './date-time.scalar.js';

/** A deterministic spread of instants (xorshift), so a failure names its date every run. */
function* instants(count: number, from: number, to: number): Generator<number> {
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    yield from + Math.floor(((state >>> 0) / 2 ** 32) * (to - from));
  }
}

describe('isoDateTime', () => {
  it('writes what toISOString writes, from 1970 to 9999', () => {
    const edges = [0, 1, 999, 1000, 86_399_999, 86_400_000, 951_782_400_000, 253_402_300_799_999];
    for (const ms of [...edges, ...instants(20_000, 0, 253_402_300_800_000)]) {
      const date = new Date(ms);
      expect([ms, isoDateTime(date)]).toEqual([ms, date.toISOString()]);
    }
  });

  it('also recent instants, many on the same days (the days are remembered)', () => {
    const now = Date.UTC(2026, 11, 4, 11, 16, 32, 123);
    for (const ms of instants(5_000, now - 3 * 86_400_000, now)) {
      const date = new Date(ms);
      expect(isoDateTime(date)).toBe(date.toISOString());
    }
  });

  it('leaves dates before 1970 and from the year 10000 to toISOString', () => {
    for (const ms of [-1, -86_400_001, -62_198_755_200_000, 253_402_300_800_000, 8.64e15]) {
      const date = new Date(ms);
      expect(isoDateTime(date)).toBe(date.toISOString());
    }
  });

  it('throws as toISOString does on an invalid date', () => {
    expect(() => isoDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('DateTimeScalar', () => {
  it('serializes a Date as ISO text and anything else as null, as @nestjs/graphql did', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)))).toBe(
      '2026-01-02T03:04:05.006Z',
    );
    expect(DateTimeScalar.serialize('2026-01-02T03:04:05.006Z')).toBeNull();
  });
});
