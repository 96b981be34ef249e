import type { AccordEventType } from '@plenary/contracts';
import { type ApplyAccordEvent, composeHandlers } from '../../data/accord-events';
import { draftingEventHandlers } from '../amendments/drafting.events';
import { discussionEventHandlers } from '../discussion/discussion.events';
import { followEventLog } from '../history/history.events';
import { milestoneEventHandlers } from '../milestones/milestones.events';
import { votingEventHandlers } from '../voting/voting.events';
import { accordEventHandlers } from './accord.events';

const features = [
  accordEventHandlers,
  draftingEventHandlers,
  votingEventHandlers,
  discussionEventHandlers,
  milestoneEventHandlers,
] as const;

// Fails to compile when an event type has no handler in any feature: each type says what it does.
type KeysOf<T> = T extends unknown ? keyof T : never;
type Handled = KeysOf<(typeof features)[number]>;
type Unhandled = Exclude<AccordEventType, Handled>;
const _everyTypeHandled: [Unhandled] extends [never] ? true : Unhandled = true;

const applyByType = composeHandlers(...features);

/**
 * How the web follows an accord's log: each event is written into Apollo's cache by the
 * handlers of its feature, then joins the event log; the accord's position moves to it.
 */
export const applyAccordEvent: ApplyAccordEvent = (event, context) => {
  applyByType(event, context);
  followEventLog(event, context);
  context.cache.modify({
    id: context.cache.identify({ __typename: 'Accord', id: context.accordId }),
    fields: { lastSeq: (seq: number) => Math.max(seq, event.seq) },
  });
};
