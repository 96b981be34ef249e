const MINUTE = 60_000;

/**
 * Time left before a deadline, to the minute and rounded up, so "1 min" shows until the last
 * second: 7 800 000 ms → "2 h 10 min", 90 000 → "2 min", 3 d 4 h → "3 d 4 h".
 */
export function formatTimeLeft(ms: number): string {
  const minutes = Math.max(Math.ceil(ms / MINUTE), 0);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** How long until the shown minute changes: when a countdown should next redraw. */
export function msUntilNextMinute(ms: number): number {
  return ms <= 0 ? 0 : ms % MINUTE || MINUTE;
}

/** "2026-11-26T14:30" from a datetime-local field, in the browser's time zone → ISO 8601 (UTC). */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  // A date-time without an offset is read as local time.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A date as a datetime-local value ("2026-11-26T14:30"), in the browser's time zone. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An optional time typed in a datetime-local field: an ISO string, null for none, or why not. */
export function readLocalTime(value: string): { at: string | null } | { error: string } {
  if (!value.trim()) return { at: null };
  const iso = localInputToIso(value);
  return iso ? { at: iso } : { error: 'Enter a date and a time, or leave the field empty.' };
}

/** The closing time the facilitator typed, checked: an ISO string, null for none, or why not. */
export function readClosingTime(
  value: string,
  now: number,
): { closesAt: string | null } | { error: string } {
  const read = readLocalTime(value);
  if ('error' in read) return read;
  if (read.at && Date.parse(read.at) <= now) return { error: 'Choose a time in the future.' };
  return { closesAt: read.at };
}
