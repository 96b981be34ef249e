import type { AccordEvent } from '@plenary/contracts';
import type { LiveEventContext } from '../../data/accord-events';
import { AccordCheckpointsQuery, AccordEventsQuery, VerifyHistoryQuery } from './history.graphql';

/** The page of the log the history shows (its first events). */
export const EVENT_LOG_PAGE = 500;

/**
 * Every event joins the log on the history page, as the record it is. Checking the chain (and
 * its signed checkpoints) is the server's work: asked again, on the history page only.
 */
export function followEventLog(event: AccordEvent, { cache, accordId, refetch }: LiveEventContext) {
  cache.updateQuery(
    { query: AccordEventsQuery, variables: { accordId, first: EVENT_LOG_PAGE } },
    (log) => {
      if (!log || log.accordEvents.length >= EVENT_LOG_PAGE) return log;
      if (log.accordEvents.some((row) => row.seq >= event.seq)) return log;
      const { seq, type, at, actorId, payload, hash, prevHash } = event;
      return {
        accordEvents: [
          ...log.accordEvents,
          { __typename: 'AccordEvent' as const, seq, type, at, actorId, payload, hash, prevHash },
        ],
      };
    },
  );
  refetch({ query: VerifyHistoryQuery, variables: { accordId } });
  const checkpoints = cache.readQuery({ query: AccordCheckpointsQuery, variables: { accordId } });
  const every = checkpoints?.accordCheckpoints.at(-1)?.every;
  if (event.type === 'voting.closed' || (every && event.seq % every === 0))
    refetch({ query: AccordCheckpointsQuery, variables: { accordId } });
}
