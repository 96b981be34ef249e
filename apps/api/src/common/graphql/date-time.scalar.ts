import { GraphQLScalarType, Kind } from 'graphql';

const MS_PER_DAY = 86_400_000;
/** 10000-01-01T00:00:00Z: from there toISOString writes six-digit years. */
const FIVE_DIGIT_YEARS = 253_402_300_800_000;
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/** "YYYY-MM-DDT" by day since the epoch: a page's dates fall on a few days. */
const dayPrefixes = new Map<number, string>();
const MAX_DAYS_KEPT = 4096;

/**
 * `date.toISOString()`, the same text, about four times cheaper (0.15–0.17 µs a date against
 * 0.65): the dates of a page of 100 comments were 2.5% of its read's samples. Dates before
 * 1970, from 10000 on and invalid ones (which throw) go to toISOString.
 */
export function isoDateTime(date: Date): string {
  const ms = date.getTime();
  if (!(ms >= 0 && ms < FIVE_DIGIT_YEARS)) return date.toISOString();
  const day = Math.floor(ms / MS_PER_DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size >= MAX_DAYS_KEPT) dayPrefixes.clear();
    prefix = date.toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * MS_PER_DAY;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return `${prefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[millis]}Z`;
}

/**
 * The schema's `DateTime`: @nestjs/graphql's own scalar (same name, description and parsing),
 * serialized by `isoDateTime`.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue(value) {
    return new Date(value as string);
  },
  serialize(value) {
    return value instanceof Date ? isoDateTime(value) : null;
  },
  parseLiteral(ast) {
    return ast.kind === Kind.STRING ? new Date(ast.value) : null;
  },
});
