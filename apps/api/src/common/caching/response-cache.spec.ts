import { describe, expect, it } from '@jest/globals';
import { headsSignature, ResponseCache } from './response-cache.js';

describe('ResponseCache', () => {
  it('serves an entry only at the heads it was stored with', () => {
    const cache = new ResponseCache<string>(10);
    cache.set('q', headsSignature([{ accordId: 'a', lastSeq: 3 }]), 'answer');
    expect(cache.get('q', headsSignature([{ accordId: 'a', lastSeq: 3 }]))).toBe('answer');
    expect(cache.get('q', headsSignature([{ accordId: 'a', lastSeq: 4 }]))).toBeUndefined();
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 1 });
  });

  it('signs heads whatever their order', () => {
    expect(
      headsSignature([
        { accordId: 'b', lastSeq: 1 },
        { accordId: 'a', lastSeq: 2 },
      ]),
    ).toBe(
      headsSignature([
        { accordId: 'a', lastSeq: 2 },
        { accordId: 'b', lastSeq: 1 },
      ]),
    );
  });

  it('drops the least recently used entry beyond its bound', () => {
    const cache = new ResponseCache<number>(2);
    cache.set('one', 'h', 1);
    cache.set('two', 'h', 2);
    expect(cache.get('one', 'h')).toBe(1); // "two" is now the least recently used
    cache.set('three', 'h', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('two', 'h')).toBeUndefined();
    expect(cache.get('one', 'h')).toBe(1);
    expect(cache.get('three', 'h')).toBe(3);
  });

  it('keeps within its byte budget, least recently used out first', () => {
    const cache = new ResponseCache<number>(100, 10);
    cache.set('one', 'h', 1, 4);
    cache.set('two', 'h', 2, 4);
    expect(cache.get('one', 'h')).toBe(1);
    cache.set('three', 'h', 3, 4); // 12 bytes: "two" goes
    expect([cache.size, cache.bytes]).toEqual([2, 8]);
    expect(cache.get('two', 'h')).toBeUndefined();
    cache.set('one', 'h2', 11, 5); // replacing an entry gives its bytes back
    expect(cache.bytes).toBe(9);
    cache.set('huge', 'h', 4, 11); // larger than the budget: not kept, nothing evicted
    expect([cache.size, cache.bytes]).toEqual([2, 9]);
  });

  it('keeps nothing when its bound is 0', () => {
    const cache = new ResponseCache<number>(0);
    cache.set('one', 'h', 1);
    expect(cache.enabled).toBe(false);
    expect(cache.size).toBe(0);
  });

  it('lets concurrent misses wait for the one computation under way at the same heads', async () => {
    const cache = new ResponseCache<string>(10);
    expect(cache.awaitComputation('q', 'h1')).toBeNull();
    const finish = cache.beginComputation('q', 'h1');
    expect(cache.awaitComputation('q', 'h2')).toBeNull(); // other heads: nothing to share
    const first = cache.awaitComputation('q', 'h1');
    const second = cache.awaitComputation('q', 'h1');
    finish('answer');
    expect([await first, await second]).toEqual(['answer', 'answer']);
    expect(cache.shared).toBe(2);
    expect(cache.get('q', 'h1')).toBe('answer');
    expect(cache.awaitComputation('q', 'h1')).toBeNull(); // over
  });

  it('sends waiters to compute their own when the computation fails or takes too long', async () => {
    const cache = new ResponseCache<string>(10);
    const fail = cache.beginComputation('q', 'h');
    const waiter = cache.awaitComputation('q', 'h');
    fail(undefined);
    expect(await waiter).toBeUndefined();
    expect(cache.size).toBe(0);

    cache.beginComputation('slow', 'h');
    expect(await cache.awaitComputation('slow', 'h', 20)).toBeUndefined();
    expect(cache.shared).toBe(0);
  });

  it('serves an answer only until the moment it stops being true', () => {
    const cache = new ResponseCache<string>(10);
    cache.set('q', 'h', 'can vote', 8, 1_000);
    expect(cache.get('q', 'h', 999)).toBe('can vote');
    expect(cache.get('q', 'h', 1_000)).toBeUndefined();
  });
});
