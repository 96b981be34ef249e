import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { PresenceBroadcaster } from './presence-broadcaster.js';

// Fake timers (setImmediate, setTimeout and performance.now): time moves only when a test says,
// so the intervals are exact however busy the machine is.
const turn = () => jest.advanceTimersByTimeAsync(0);
const sleep = (ms: number) => jest.advanceTimersByTimeAsync(ms);

/** A broadcaster whose flushes are recorded and, when `held`, wait to be released. */
function harness(minIntervalMs: number | ((accordId: string) => number) = 0) {
  const flushes: { accordId: string; at: number }[] = [];
  const errors: { accordId: string; error: unknown }[] = [];
  const waiting: (() => void)[] = [];
  let held = false;
  let failNext = false;
  const broadcaster = new PresenceBroadcaster({
    flush: async (accordId) => {
      flushes.push({ accordId, at: performance.now() });
      if (held) await new Promise<void>((resolve) => waiting.push(resolve));
      if (failNext) {
        failNext = false;
        throw new Error('database gone');
      }
    },
    onError: (accordId, error) => errors.push({ accordId, error }),
    minIntervalMs,
  });
  return {
    broadcaster,
    /** Lets time run until no flush is due or running. */
    idle: async () => {
      const idle = broadcaster.idle();
      await jest.runAllTimersAsync();
      await idle;
    },
    flushes,
    errors,
    hold: () => (held = true),
    release: () => {
      held = false;
      for (const resolve of waiting.splice(0)) resolve();
    },
    failNext: () => (failNext = true),
    running: () => waiting.length,
  };
}

describe('PresenceBroadcaster', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('flushes a lone change on the next turn, and a burst of one turn once', async () => {
    const h = harness();
    h.broadcaster.mark('a');
    expect(h.flushes).toHaveLength(0);
    await turn();
    expect(h.flushes.map((f) => f.accordId)).toEqual(['a']);
    await h.idle();

    for (let i = 0; i < 100; i++) h.broadcaster.mark('b');
    await h.idle();
    expect(h.flushes.map((f) => f.accordId)).toEqual(['a', 'b']);
  });

  it('follows changes made during a flush with exactly one more flush', async () => {
    const h = harness();
    h.hold();
    h.broadcaster.mark('a');
    await turn();
    expect(h.running()).toBe(1);
    for (let i = 0; i < 50; i++) h.broadcaster.mark('a');
    await sleep(5);
    expect(h.flushes).toHaveLength(1); // one flush of an accord at a time
    h.release();
    await h.idle();
    expect(h.flushes).toHaveLength(2);
    await sleep(5);
    expect(h.flushes).toHaveLength(2);
  });

  it('flushes accords independently', async () => {
    const h = harness();
    h.hold();
    h.broadcaster.mark('a');
    h.broadcaster.mark('b');
    await turn();
    expect(h.running()).toBe(2);
    h.release();
    await h.idle();
    expect(h.flushes.map((f) => f.accordId).sort()).toEqual(['a', 'b']);
  });

  it('reports a failed flush and keeps flushing later changes', async () => {
    const h = harness();
    h.failNext();
    h.broadcaster.mark('a');
    await h.idle();
    expect(h.errors).toEqual([{ accordId: 'a', error: new Error('database gone') }]);

    h.broadcaster.mark('a');
    await h.idle();
    expect(h.flushes).toHaveLength(2);
    expect(h.errors).toHaveLength(1);
  });

  it('reports a flush that fails while more changes wait, then flushes them', async () => {
    const h = harness();
    h.hold();
    h.failNext();
    h.broadcaster.mark('a');
    await turn();
    h.broadcaster.mark('a');
    h.release();
    await h.idle();
    expect(h.errors).toHaveLength(1);
    expect(h.flushes).toHaveLength(2);
  });

  it('starts the flushes of one accord at least minIntervalMs apart, the first at once', async () => {
    const h = harness(40);
    const start = performance.now();
    h.broadcaster.mark('a');
    await turn();
    expect(h.flushes).toHaveLength(1);
    expect(h.flushes[0]?.at).toBe(start);
    // A steady stream of changes (200 ms): about one flush per interval, not per change.
    let lastMark = 0;
    for (let i = 0; i < 40; i++) {
      h.broadcaster.mark('a');
      lastMark = performance.now();
      await sleep(5);
    }
    await h.idle();
    const gaps = h.flushes.slice(1).map((f, i) => f.at - (h.flushes[i]?.at ?? f.at));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(40);
    expect(h.flushes.length).toBeLessThanOrEqual(Math.ceil((lastMark - start) / 40) + 2);
    // The last change is covered by a flush that started after it.
    expect(h.flushes.at(-1)!.at).toBeGreaterThanOrEqual(lastMark);
  });

  it('asks the interval of each accord as it goes (a big room is flushed less often)', async () => {
    const h = harness((accordId) => (accordId === 'big' ? 60 : 0));
    for (let i = 0; i < 12; i++) {
      h.broadcaster.mark('big');
      h.broadcaster.mark('small');
      await sleep(10);
    }
    await h.idle();
    const count = (id: string) => h.flushes.filter((f) => f.accordId === id).length;
    expect(count('big')).toBeLessThan(count('small'));
    expect(count('big')).toBeLessThanOrEqual(4);
  });

  it('waits in idle() for flushes due, those marked meanwhile included', async () => {
    const h = harness(10);
    h.hold();
    h.broadcaster.mark('a');
    await turn();
    let idle = false;
    const waited = h.broadcaster.idle().then(() => (idle = true));
    h.broadcaster.mark('a');
    h.broadcaster.mark('b');
    h.release();
    await sleep(1);
    expect(idle).toBe(false); // a's second flush is due 10 ms after its first started
    await jest.runAllTimersAsync();
    await waited;
    expect(h.flushes.map((f) => f.accordId).sort()).toEqual(['a', 'a', 'b']);
    expect(h.running()).toBe(0);
  });
});
