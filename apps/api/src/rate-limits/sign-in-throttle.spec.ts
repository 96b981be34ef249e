import { describe, expect, it } from '@jest/globals';
import { growingDelaySeconds } from './sign-in-throttle.js';

describe('the wait before each attempt beyond the free ones', () => {
  it('doubles from the first delay up to the maximum', () => {
    const waits = [1, 2, 3, 4, 5, 10, 11, 40].map((excess) => growingDelaySeconds(excess, 1, 900));
    expect(waits).toEqual([1, 2, 4, 8, 16, 512, 900, 900]);
    expect(growingDelaySeconds(3, 5, 15)).toBe(15);
  });
});
