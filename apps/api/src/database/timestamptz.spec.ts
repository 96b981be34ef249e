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
});
