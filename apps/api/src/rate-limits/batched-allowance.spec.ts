import { describe, expect, it } from '@jest/globals';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { BatchedAllowance } from './batched-allowance.js';

/** Two instances' allowances over one shared counter, on a clock the test moves. */
function twoInstances(points: number) {
  const shared = new RateLimiterMemory({ keyPrefix: 'ops', points, duration: 60 });
  let now = 1_000_000;
  const clock = () => now;
  const make = () =>
    new BatchedAllowance(shared, points, 60_000, 1_000_000, () => undefined, clock);
  return { a: make(), b: make(), advance: (ms: number) => (now += ms) };
}

const admitted = (allowance: BatchedAllowance, key: string, count: number) =>
  Array.from({ length: count }, () => allowance.take(key)).filter((wait) => wait === 0).length;

describe('an allowance checked in memory and shared between instances', () => {
  it('admits up to the limit on one instance, then says how long to wait', () => {
    const { a } = twoInstances(5);
    expect(admitted(a, 'user:1', 8)).toBe(5);
    expect(a.take('user:1')).toBe(60_000);
    expect(a.take('user:2')).toBe(0);
  });

  it('counts what the other instance admitted once both have synced', async () => {
    const { a, b } = twoInstances(10);
    expect(admitted(a, 'user:1', 6)).toBe(6);
    await a.sync();
    expect(admitted(b, 'user:1', 1)).toBe(1);
    await b.sync(); // b learns that 7 are used
    expect(admitted(b, 'user:1', 10)).toBe(3);
    await b.sync(); // the store has 10
    // a's view is still its own 6: it admits one more, and learns at its sync that 11 were used.
    expect(admitted(a, 'user:1', 1)).toBe(1);
    await a.sync();
    expect(a.take('user:1')).toBeGreaterThan(0);
  });

  it('starts a new window once the old one has passed', async () => {
    const { a, advance } = twoInstances(3);
    expect(admitted(a, 'user:1', 5)).toBe(3);
    await a.sync();
    advance(60_001);
    expect(admitted(a, 'user:1', 3)).toBe(3);
  });

  it('weighs heavier requests', () => {
    const { a } = twoInstances(10);
    expect(a.take('user:1', 8)).toBe(0);
    expect(a.take('user:1', 3)).toBeGreaterThan(0);
    expect(a.take('user:1', 2)).toBe(0);
  });

  it('goes on counting alone when the shared store fails', async () => {
    const failing = {
      consume: () => Promise.reject(new Error('connection refused')),
    } as unknown as RateLimiterMemory;
    const errors: unknown[] = [];
    const alone = new BatchedAllowance(failing, 4, 60_000, 1_000_000, (e) => errors.push(e));
    expect(admitted(alone, 'user:1', 3)).toBe(3);
    await alone.sync();
    expect(errors).toHaveLength(1);
    expect(admitted(alone, 'user:1', 3)).toBe(1);
  });
});

describe('an allowance while its counts are on their way to the store', () => {
  it('still counts what it is sending', async () => {
    let release: () => void = () => undefined;
    const slow = new RateLimiterMemory({ keyPrefix: 'slow', points: 10, duration: 60 });
    const held = {
      consume: async (key: string, n: number) => {
        await new Promise<void>((resolve) => (release = resolve));
        return slow.consume(key, n);
      },
    } as unknown as RateLimiterMemory;
    const allowance = new BatchedAllowance(held, 10, 60_000, 1_000_000, () => undefined);
    expect(admitted(allowance, 'user:1', 6)).toBe(6);
    const syncing = allowance.sync();
    await new Promise((resolve) => setImmediate(resolve)); // the six are on their way
    expect(admitted(allowance, 'user:1', 10)).toBe(4);
    release();
    await syncing;
    expect(admitted(allowance, 'user:1', 1)).toBe(0);
  });
});
