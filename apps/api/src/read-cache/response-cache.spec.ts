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

  it('keeps nothing when its bound is 0', () => {
    const cache = new ResponseCache<number>(0);
    cache.set('one', 'h', 1);
    expect(cache.enabled).toBe(false);
    expect(cache.size).toBe(0);
  });
});
