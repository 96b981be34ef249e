import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';

interface Entry {
  /** Admitted here since the last sync, not yet counted in the shared store. */
  pending: number;
  /** Admitted here and being added to the shared store right now. */
  syncing: number;
  /** What the shared store counted in its window at the last sync (every instance's). */
  shared: number;
  windowEndsAt: number;
  /** The store said the window is spent: refused here until it ends. */
  blockedUntil: number;
}

/**
 * `points` per window per key, across instances, without a round trip per request: each
 * instance admits from memory what the last sync left, and every `syncMs` adds what it admitted
 * since to the shared counter (one statement per active key), learning in return what all
 * instances used. So the limit holds to within what the instances admit in one sync interval.
 */
export class BatchedAllowance {
  private readonly entries = new Map<string, Entry>();
  private timer: NodeJS.Timeout | null = null;
  /** Syncs run one after the other. */
  private syncs: Promise<void> = Promise.resolve();

  constructor(
    private readonly shared: RateLimiterAbstract,
    private readonly points: number,
    private readonly windowMs: number,
    private readonly syncMs: number,
    private readonly onSyncError: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Admits `weight` for `key` and returns 0, or refuses and returns the ms to wait. */
  take(key: string, weight = 1): number {
    const now = this.now();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        pending: 0,
        syncing: 0,
        shared: 0,
        windowEndsAt: now + this.windowMs,
        blockedUntil: 0,
      };
      this.entries.set(key, entry);
    }
    if (entry.blockedUntil > now) return entry.blockedUntil - now;
    if (entry.windowEndsAt <= now) {
      entry.shared = 0;
      entry.windowEndsAt = now + this.windowMs;
    }
    const used = entry.shared + entry.syncing + entry.pending;
    if (used + weight > this.points) return entry.windowEndsAt - now;
    entry.pending += weight;
    this.timer ??= setTimeout(() => void this.sync(), this.syncMs).unref();
    return 0;
  }

  /** Adds what was admitted here to the shared counters (also called by the timer). */
  sync(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.syncs = this.syncs.then(() => this.syncNow());
    return this.syncs;
  }

  stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.syncs;
  }

  private async syncNow(): Promise<void> {
    const now = this.now();
    const due: [string, Entry, number][] = [];
    for (const [key, entry] of this.entries) {
      if (entry.pending > 0) {
        // Still counted while on its way: the store's answer will include it.
        due.push([key, entry, entry.pending]);
        entry.syncing += entry.pending;
        entry.pending = 0;
      } else if (entry.windowEndsAt <= now && entry.blockedUntil <= now && entry.syncing === 0) {
        this.entries.delete(key);
      }
    }
    // A few at a time: the pool serves requests too.
    for (let i = 0; i < due.length; i += 4) {
      await Promise.all(due.slice(i, i + 4).map(([key, entry, n]) => this.add(key, entry, n)));
    }
  }

  private async add(key: string, entry: Entry, n: number): Promise<void> {
    try {
      const result = await this.shared.consume(key, n);
      entry.syncing -= n;
      this.learn(entry, result);
    } catch (result) {
      entry.syncing -= n;
      if (result instanceof RateLimiterRes) {
        this.learn(entry, result);
        entry.blockedUntil = entry.windowEndsAt;
      } else {
        // The store is unreachable (and has no insurance): this instance goes on counting alone.
        entry.shared += n;
        this.onSyncError(result);
      }
    }
  }

  private learn(entry: Entry, result: RateLimiterRes): void {
    const now = this.now();
    entry.shared = result.consumedPoints;
    entry.windowEndsAt = now + Math.max(result.msBeforeNext, 0);
  }
}
