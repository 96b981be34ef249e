import type { AccordEventHandlers, LiveEventContext } from '../../data/accord-events';
import { AccordSourcesQuery, FrameworkComparisonQuery } from './frameworks.graphql';

/**
 * The comparison follows the text: a new version, a removed clause or a source linked to a norm
 * changes which articles cover which norm, so an open comparison of the accord is fetched again.
 */
const refetchComparison = (_event: unknown, { accordId, refetch }: LiveEventContext) => {
  refetch({ query: FrameworkComparisonQuery, variables: { accordId } });
  refetch({ query: AccordSourcesQuery, variables: { id: accordId } });
};

export const frameworkEventHandlers = {
  'clause.sourceLinked': refetchComparison,
  'clause.versioned': refetchComparison,
  'clause.removed': refetchComparison,
} satisfies AccordEventHandlers;
