// A page of an accord as its live events reach it, for the specs of the features' event handlers.
import { jest } from '@jest/globals';
import type { AccordEventPayloads, AccordEventRecordOf, AccordEventType } from '@plenary/contracts';
import { type LiveEventContext, operationName, type StaleQuery } from '../data/accord-events';
import { createCache } from '../data/apollo';

/** The accord every such page shows. */
export const ACCORD_ID = 'a1';

/**
 * The handlers' context on a page of accord a1, over the web's own cache (with its type
 * policies): what they ask to fetch again is kept in `stale`, by operation in `staleNames()`.
 * Write what the page shows into `cache` before applying events.
 */
export function givenLivePage() {
  const cache = createCache();
  const stale: StaleQuery[] = [];
  const context: LiveEventContext = {
    cache,
    accordId: ACCORD_ID,
    presence: [],
    refetch: (query) => stale.push(query),
    refetchEverything: jest.fn(),
  };
  const staleNames = () => stale.map((s) => operationName(s.query));
  return { cache, context, stale, staleNames };
}

/** When, by whom and where in the log an entry stands; seq 9, at 10:00, by u1 unless said. */
type EntryOf<T extends AccordEventType> = Partial<
  Pick<AccordEventRecordOf<T>, 'seq' | 'at' | 'actorId'>
>;

/** An entry of accord a1's log, as the socket brings it. */
export function accordEvent<T extends AccordEventType>(
  type: T,
  payload: AccordEventPayloads[T],
  entry: EntryOf<T> = {},
): AccordEventRecordOf<T> {
  return {
    accordId: ACCORD_ID,
    seq: 9,
    type,
    at: '2026-12-01T10:00:00.000Z',
    actorId: 'u1',
    prevHash: 'p',
    hash: 'h',
    payload,
    ...entry,
  };
}
