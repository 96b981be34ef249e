import type { ApolloCache } from '@apollo/client';
import type {
  AccordEvent,
  AccordEventRecordOf,
  AccordEventType,
  PresenceEntry,
} from '@plenary/contracts';
import { type DocumentNode, Kind } from 'graphql';

/**
 * Queries an event made stale beyond what it carries: the active ones that match are fetched
 * again (once for a burst of events), the others when a page shows them next.
 */
export interface StaleQuery {
  query: DocumentNode;
  /** Only the instances whose variables include these; every instance when absent. */
  variables?: Record<string, unknown>;
}

/** What a handler may use besides the event: the cache to write, and what to fetch again. */
export interface LiveEventContext {
  cache: ApolloCache;
  accordId: string;
  /** Who is in the accord now, with their names (an event carries ids only). */
  presence: readonly PresenceEntry[];
  refetch: (stale: StaleQuery) => void;
  /** For an event that changes what every page shows (renumbering the text). */
  refetchEverything: () => void;
}

export type AccordEventHandler<T extends AccordEventType> = (
  event: AccordEventRecordOf<T>,
  context: LiveEventContext,
) => void;

/** A feature's handlers: for each event type it cares about, how the cache follows it. */
export type AccordEventHandlers = { [T in AccordEventType]?: AccordEventHandler<T> };

export type ApplyAccordEvent = (event: AccordEvent, context: LiveEventContext) => void;

/** Joins features' handlers into one dispatcher; a type handled by several runs each, in order. */
export function composeHandlers(...features: AccordEventHandlers[]): ApplyAccordEvent {
  return (event, context) => {
    for (const handlers of features) {
      // `event.type` and `event` vary together; TypeScript cannot correlate them through a lookup.
      const handle = handlers[event.type] as AccordEventHandler<typeof event.type> | undefined;
      (handle as ((e: AccordEvent, c: LiveEventContext) => void) | undefined)?.(event, context);
    }
  };
}

/** The name of the operation a document defines, as ObservableQuery.queryName gives it. */
export function operationName(query: DocumentNode): string | undefined {
  for (const definition of query.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  return undefined;
}

/** Whether a watched query (its name and variables) is one of `stale`. */
export function matchesStale(
  stale: readonly StaleQuery[],
  queryName: string | undefined,
  variables: Record<string, unknown> | undefined,
): boolean {
  return stale.some(
    (s) =>
      operationName(s.query) === queryName &&
      Object.entries(s.variables ?? {}).every(([name, value]) => variables?.[name] === value),
  );
}
