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
  bytes: number;
  /** Epoch ms after which the answer is no longer true, though the heads have not moved. */
  expiresAt: number;
}

interface Computation<T> {
  heads: string;
  done: Promise<T | undefined>;
}

/**
 * Answers kept with the heads they were read at; an answer is served only while its accords'
 * heads are unchanged. Bounded in entries and in bytes (as the caller measures them): the least
 * recently used entry goes first (a Map keeps insertion order, and a hit re-inserts its entry
 * at the end).
 */
export class ResponseCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly computing = new Map<string, Computation<T>>();
  private totalBytes = 0;
  hits = 0;
  misses = 0;
  /** Misses answered by a computation another request had under way. */
  shared = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {}

  get bytes(): number {
    return this.totalBytes;
  }

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, heads: string, now = Date.now()): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.heads !== heads || entry.expiresAt <= now) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * After an event every open page asks again at once: the first miss computes, the others
   * wait for its answer (undefined if it failed or took longer than `patienceMs`, when they
   * compute their own). Returns null when nothing is under way for these heads.
   */
  awaitComputation(key: string, heads: string, patienceMs = 10_000): Promise<T | undefined> | null {
    const running = this.computing.get(key);
    if (!running || running.heads !== heads) return null;
    let timer: NodeJS.Timeout | undefined;
    const patience = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), patienceMs);
      timer.unref();
    });
    return Promise.race([running.done, patience]).then((value) => {
      clearTimeout(timer);
      if (value !== undefined) this.shared++;
      return value;
    });
  }

  /** Marks a computation under way; call the returned function with its answer (or undefined). */
  beginComputation(
    key: string,
    heads: string,
  ): (value: T | undefined, bytes?: number, expiresAt?: number) => void {
    let finish!: (value: T | undefined) => void;
    const computation: Computation<T> = {
      heads,
      done: new Promise<T | undefined>((resolve) => (finish = resolve)),
    };
    this.computing.set(key, computation);
    return (value, bytes = 0, expiresAt = Number.POSITIVE_INFINITY) => {
      if (this.computing.get(key) === computation) this.computing.delete(key);
      if (value !== undefined) this.set(key, heads, value, bytes, expiresAt);
      finish(value);
    };
  }

  set(key: string, heads: string, value: T, bytes = 0, expiresAt = Number.POSITIVE_INFINITY): void {
    this.remove(key);
    if (!this.enabled || bytes > this.maxBytes) return;
    this.entries.set(key, { heads, value, bytes, expiresAt });
    this.totalBytes += bytes;
    while (this.entries.size > this.maxEntries || this.totalBytes > this.maxBytes) {
      this.remove(this.entries.keys().next().value as string);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}
