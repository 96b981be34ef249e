import { describe, expect, it } from '@jest/globals';
import { TokenBucket } from './token-bucket.js';

describe('TokenBucket', () => {
  it('allows a burst up to its capacity, then refuses until it refills', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 10, () => now);
    const burst = Array.from({ length: 15 }, () => bucket.take());
    expect(burst.filter(Boolean)).toHaveLength(10);
    now += 100; // 0.1 s at 10/s: one more
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('never holds more than its capacity after a long pause', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 10, () => now);
    now += 60_000;
    expect(Array.from({ length: 5 }, () => bucket.take()).filter(Boolean)).toHaveLength(3);
  });
});
