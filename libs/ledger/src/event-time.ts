// Date, time and an explicit zone are required: a zone-less string would be read in the
// server's local time and hash differently from machine to machine.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Normalises `at` to the one spelling that is hashed: UTC with milliseconds,
 * e.g. `2026-11-26T01:02:03.004Z`. Sub-millisecond digits are truncated (as `Date` does),
 * so a timestamp stored with microseconds hashes like its JavaScript `Date`.
 * @throws RangeError for an invalid date or a string without an explicit zone.
 */
export function toIsoMillis(at: string | Date): string {
  const date = typeof at === 'string' ? parseIsoDateTime(at) : at;
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid date: ${String(at)}`);
  }
  return date.toISOString();
}

function parseIsoDateTime(text: string): Date {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) {
    throw new RangeError(`Not an ISO-8601 date-time with a zone: ${JSON.stringify(text)}`);
  }
  // Date would roll 2026-02-30 over to March; a date that does not exist is corrupt input.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const exists =
    wall.getUTCFullYear() === year &&
    wall.getUTCMonth() === month - 1 &&
    wall.getUTCDate() === day &&
    wall.getUTCHours() === hour &&
    wall.getUTCMinutes() === minute &&
    wall.getUTCSeconds() === second;
  if (!exists) throw new RangeError(`Invalid date: ${JSON.stringify(text)}`);
  return new Date(text);
}
