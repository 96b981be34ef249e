import pg from 'pg';

const TIMESTAMPTZ = 1184;
const DATE = 1082;
const parseAnyTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date;

/**
 * A `timestamptz` as PostgreSQL writes it in ISO style ("2026-12-03 08:47:12.123456+00"), parsed
 * by V8's ISO date parser: about four times cheaper than pg's own parser, which costs a computed
 * accord page about a tenth of a millisecond per hundred dates. Anything else (infinity, BC,
 * five-digit years, offsets with seconds) goes to pg's parser.
 */
export function parseTimestamptz(text: string): Date {
  const n = text.length;
  if (text[4] === '-' && text[10] === ' ' && n >= 22) {
    if (text[n - 3] === '+' || text[n - 3] === '-')
      return new Date(`${text.slice(0, 10)}T${text.slice(11)}:00`);
    if ((text[n - 6] === '+' || text[n - 6] === '-') && text[n - 3] === ':')
      return new Date(`${text.slice(0, 10)}T${text.slice(11)}`);
  }
  return parseAnyTimestamptz(text);
}

/** A `date` stays its ISO text ("2015-07-22"): a day has no time zone, a JS Date has one. */
const keepDate = (text: string): string => text;

/**
 * pg's type parsers with `parseTimestamptz` for timestamptz, and `date` kept as text (pg would
 * make it a Date at local midnight), for the pool's `types`.
 */
export const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
    if (format === 'binary')
      return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
    if (oid === TIMESTAMPTZ) return parseTimestamptz;
    if (oid === DATE) return keepDate;
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
  },
};
