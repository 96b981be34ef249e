import type { AccordEventHandlers } from '../../data/accord-events';
import { AccordMilestonesQuery } from './milestones.graphql';

/**
 * A milestone is rare and names who marked it, which its event does not carry (an id only):
 * the accord's milestones, and nothing else, are fetched again.
 */
export const milestoneEventHandlers = {
  'milestone.marked': (_event, { accordId, refetch }) => {
    refetch({ query: AccordMilestonesQuery, variables: { id: accordId } });
  },
} satisfies AccordEventHandlers;
