/** The log heads an answer was read at: which accords, at which seq. */
export interface AccordHead {
  accordId: string;
  lastSeq: number;
}

/** A stable signature of heads: equal heads give equal strings, whatever their order. */
export function headsSignature(heads: readonly AccordHead[]): string {
  return heads
    .map((h) => `${h.accordId}@${h.lastSeq}`)
    .sort()
    .join(',');
}

interface Entry<T> {
  heads: string;
  value: T;
}

/**
 * Answers kept with the heads they were read at; an answer is served only while its accords'
 * heads are unchanged. Bounded: the least recently used entry goes first (a Map keeps
 * insertion order, and a hit re-inserts its entry at the end).
 */
export class ResponseCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  hits = 0;
  misses = 0;

  constructor(readonly maxEntries: number) {}

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, heads: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.heads !== heads) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, heads: string, value: T): void {
    if (!this.enabled) return;
    this.entries.delete(key);
    this.entries.set(key, { heads, value });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
