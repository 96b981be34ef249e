import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { parse } from 'graphql';
import { type RefetchableQuery, StaleRefetches } from './stale-refetches';

const AmendmentQuery = parse(`
  query StaleRefetchesAmendment($id: ID!) {
    amendment(id: $id) {
      id
    }
  }
`);

/** An active query whose refetches answer when the test says. */
function activeQuery(queryName: string, variables: Record<string, unknown>) {
  const answers: Array<() => void> = [];
  const query: RefetchableQuery & { answer: () => Promise<void>; refetches: number } = {
    queryName,
    variables,
    refetches: 0,
    refetch: () => {
      query.refetches += 1;
      return new Promise<void>((resolve) => answers.push(resolve));
    },
    async answer() {
      answers.shift()?.();
      // Lets the refetch's `finally` run.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
  return query;
}

describe('StaleRefetches', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  const setUp = () => {
    const amendment = activeQuery('StaleRefetchesAmendment', { id: 'a1' });
    const other = activeQuery('StaleRefetchesAmendment', { id: 'a2' });
    return { amendment, other, refetches: new StaleRefetches(() => [amendment, other], 100) };
  };

  it('fetches once per burst, only the queries showing the stale entity', () => {
    const { amendment, other, refetches } = setUp();
    for (let i = 0; i < 5; i++)
      refetches.refetch({ query: AmendmentQuery, variables: { id: 'a1' } });
    expect(amendment.refetches).toBe(0);
    jest.advanceTimersByTime(100);
    expect(amendment.refetches).toBe(1);
    expect(other.refetches).toBe(0);
    refetches.close();
  });

  it('fetches again a refetch that an event overtook, since its answer may undo the event', async () => {
    const { amendment, refetches } = setUp();
    refetches.refetch({ query: AmendmentQuery, variables: { id: 'a1' } });
    jest.advanceTimersByTime(100);
    expect(amendment.refetches).toBe(1);

    // A ballot is written into the cache while the answer (read before it) is on its way.
    refetches.eventApplied();
    await amendment.answer();
    expect(amendment.refetches).toBe(2);

    // No event overtook the second one: it stands.
    await amendment.answer();
    expect(amendment.refetches).toBe(2);
    refetches.close();
  });

  it('leaves alone a refetch that answered before the event', async () => {
    const { amendment, other, refetches } = setUp();
    refetches.refetchEverything();
    jest.advanceTimersByTime(100);
    expect([amendment.refetches, other.refetches]).toEqual([1, 1]);
    await amendment.answer();
    refetches.eventApplied();
    await other.answer();
    expect([amendment.refetches, other.refetches]).toEqual([1, 2]);
    await other.answer();
    refetches.close();
  });

  it('leaves alone a refetch that an event did not touch: only what it changed is overtaken', async () => {
    const { amendment, other, refetches } = setUp();
    refetches.refetchEverything();
    jest.advanceTimersByTime(100);
    expect([amendment.refetches, other.refetches]).toEqual([1, 1]);

    // A ballot on the other amendment: the cache says which query's data it changed.
    refetches.eventApplied(new Set([other]));
    await amendment.answer();
    await other.answer();
    expect([amendment.refetches, other.refetches]).toEqual([1, 2]);
    await other.answer();
    refetches.close();
  });

  it('stops once closed (the page left the accord)', async () => {
    const { amendment, refetches } = setUp();
    refetches.refetch({ query: AmendmentQuery, variables: { id: 'a1' } });
    jest.advanceTimersByTime(100);
    refetches.eventApplied();
    refetches.close();
    await amendment.answer();
    refetches.refetchEverything();
    jest.advanceTimersByTime(100);
    expect(amendment.refetches).toBe(1);
  });
});
