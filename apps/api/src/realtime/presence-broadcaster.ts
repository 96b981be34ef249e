export interface PresenceBroadcasterOptions {
  /** Reads the accord's presence once and sends it; called for one accord at a time. */
  flush: (accordId: string) => Promise<void>;
  /** Told of a flush that failed (it must not throw); later changes still flush. */
  onError: (accordId: string, error: unknown) => void;
  /** Least time between the starts of two flushes of an accord (0: back to back). */
  minIntervalMs?: number | ((accordId: string) => number);
}

interface Slot {
  /** A change was marked that no flush started since has seen. */
  dirty: boolean;
  done: Promise<void>;
  finish: () => void;
}

/**
 * Coalesces presence broadcasts per accord: a change only marks its accord dirty, and one flush
 * per accord at a time sends the state as it then is. A lone change is flushed on the next turn
 * of the event loop (changes of the same turn go with it); changes that arrive while a flush
 * runs cause exactly one more flush after it, at least `minIntervalMs` after the start of the
 * previous one. So a burst of N changes costs a handful of flushes, not N.
 */
export class PresenceBroadcaster {
  private readonly slots = new Map<string, Slot>();
  private readonly minIntervalMs: (accordId: string) => number;

  constructor(private readonly options: PresenceBroadcasterOptions) {
    const interval = options.minIntervalMs ?? 0;
    this.minIntervalMs = typeof interval === 'number' ? () => interval : interval;
  }

  /** The accord's presence changed (the change is committed): a flush will read it. */
  mark(accordId: string): void {
    const slot = this.slots.get(accordId);
    if (slot) {
      slot.dirty = true;
      return;
    }
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    const fresh: Slot = { dirty: true, done, finish };
    this.slots.set(accordId, fresh);
    setImmediate(() => void this.wake(accordId, fresh));
  }

  /** Resolves once no flush is due or running (those marked meanwhile included). */
  async idle(): Promise<void> {
    while (this.slots.size > 0) {
      await Promise.all([...this.slots.values()].map((slot) => slot.done));
    }
  }

  private async wake(accordId: string, slot: Slot): Promise<void> {
    if (!slot.dirty) {
      this.slots.delete(accordId);
      slot.finish();
      return;
    }
    slot.dirty = false;
    const started = performance.now();
    try {
      await this.options.flush(accordId);
    } catch (error) {
      this.options.onError(accordId, error);
    }
    // The slot stays until the interval is over, so that changes meanwhile wait for it.
    const wait = started + this.minIntervalMs(accordId) - performance.now();
    if (wait > 0) setTimeout(() => void this.wake(accordId, slot), wait);
    else setImmediate(() => void this.wake(accordId, slot));
  }
}
