import pg from 'pg';

const TIMESTAMPTZ = 1184;
const DATE = 1082;
const parseAnyTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date;

const ZERO = 48;
const isDigit = (code: number) => code >= ZERO && code <= ZERO + 9;
const twoDigits = (text: string, at: number) =>
  (text.charCodeAt(at) - ZERO) * 10 + text.charCodeAt(at + 1) - ZERO;

/**
 * A `timestamptz` as PostgreSQL writes it in ISO style ("2026-12-03 08:47:12.123456+00"), read
 * digit by digit into `Date.UTC`: 0.10–0.16 µs against 0.26–0.27 through V8's date parser,
 * itself four times cheaper than pg's own; a page's rows carry a few hundred. Microseconds are
 * dropped, as pg drops them. Anything else (infinity, BC, years before 100 or of five digits,
 * offsets with seconds) goes to pg's parser.
 */
export function parseTimestamptz(text: string): Date {
  const n = text.length;
  if (n >= 22 && text[4] === '-' && text[7] === '-' && text[10] === ' ' && text[13] === ':') {
    const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
    let at = 19;
    let millis = 0;
    if (text[19] === '.') {
      at = 20;
      for (let scale = 100; at < n && isDigit(text.charCodeAt(at)); at++, scale /= 10)
        if (scale >= 1) millis += (text.charCodeAt(at) - ZERO) * scale;
    }
    const sign = text[at] === '+' ? 1 : text[at] === '-' ? -1 : 0;
    const withMinutes = n === at + 6 && text[at + 3] === ':';
    if (year >= 100 && sign !== 0 && (n === at + 3 || withMinutes)) {
      const offset = twoDigits(text, at + 1) * 60 + (withMinutes ? twoDigits(text, at + 4) : 0);
      const utc = Date.UTC(
        year,
        twoDigits(text, 5) - 1,
        twoDigits(text, 8),
        twoDigits(text, 11),
        twoDigits(text, 14),
        twoDigits(text, 17),
        millis,
      );
      return new Date(utc - sign * offset * 60_000);
    }
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
