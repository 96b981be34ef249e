import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { parseTimestamptz } from './timestamptz.js';

const pgParser = pg.types.getTypeParser(1184, 'text') as (text: string) => Date | number;

describe('parseTimestamptz', () => {
  it("gives the instant pg's own parser gives, for every form PostgreSQL writes", () => {
    for (const text of [
      '2026-12-03 08:47:12.123456+00',
      '2026-12-03 08:47:12.1239+00',
      '2026-12-03 08:47:12+00',
      '2026-12-03 08:47:12.5+05:30',
      '2026-12-03 08:47:12.999999-09:30',
      '2026-12-03 08:47:12.12+14',
      '2024-02-29 23:59:59.999+00',
      '0100-01-01 00:00:00+00',
      '0099-12-31 23:59:59+00',
      '1970-01-01 00:00:00+00',
      '1969-12-31 23:59:59.999-01',
      '1999-01-08 04:05:06.789-08',
      '1999-01-08 04:05:06-03:30',
      '1883-11-18 12:00:00-04:56:02',
      '0044-03-15 12:00:00+00 BC',
      '12026-01-01 00:00:00+00',
      'infinity',
      '-infinity',
    ]) {
      const ours = parseTimestamptz(text);
      const theirs = pgParser(text);
      expect([text, Number(ours)]).toEqual([text, Number(theirs)]);
    }
  });

  it('agrees with pg on a spread of instants, fractions and offsets', () => {
    let state = 0x2545f491;
    const next = (below: number) => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) % below;
    };
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    for (let i = 0; i < 5000; i++) {
      const date = `${pad(100 + next(9900), 4)}-${pad(1 + next(12), 2)}-${pad(1 + next(28), 2)}`;
      const time = `${pad(next(24), 2)}:${pad(next(60), 2)}:${pad(next(60), 2)}`;
      const fraction = next(3) === 0 ? '' : `.${pad(next(1_000_000), 6).slice(0, 1 + next(6))}`;
      const sign = next(2) ? '+' : '-';
      const offset = `${sign}${pad(next(15), 2)}${next(3) === 0 ? `:${pad(next(4) * 15, 2)}` : ''}`;
      const text = `${date} ${time}${fraction}${offset}`;
      expect([text, Number(parseTimestamptz(text))]).toEqual([text, Number(pgParser(text))]);
    }
  });
});
