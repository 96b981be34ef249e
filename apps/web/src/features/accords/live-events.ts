import type { AccordEventType } from '@plenary/contracts';
import { type ApplyAccordEvent, composeHandlers } from '../../data/accord-events';
import { draftingEventHandlers } from '../amendments/drafting.events';
import { cosponsorEventHandlers } from '../cosponsors/cosponsors.events';
import { discussionEventHandlers } from '../discussion/discussion.events';
import { frameworkEventHandlers } from '../frameworks/frameworks.events';
import { followEventLog } from '../history/history.events';
import { incidentEventHandlers } from '../incidents/incidents.events';
import { milestoneEventHandlers } from '../milestones/milestones.events';
import { signatoryEventHandlers } from '../signatories/signatories.events';
import { votingEventHandlers } from '../voting/voting.events';
import { accordEventHandlers } from './accord.events';

const features = [
  accordEventHandlers,
  draftingEventHandlers,
  votingEventHandlers,
  discussionEventHandlers,
  milestoneEventHandlers,
  cosponsorEventHandlers,
  incidentEventHandlers,
  frameworkEventHandlers,
  signatoryEventHandlers,
] as const;

// Fails to compile when an event type has no handler in any feature: each type says what it does.
type KeysOf<T> = T extends unknown ? keyof T : never;
type Handled = KeysOf<(typeof features)[number]>;
type Unhandled = Exclude<AccordEventType, Handled>;
const _everyTypeHandled: [Unhandled] extends [never] ? true : Unhandled = true;

const applyByType = composeHandlers(...features);

/**
 * How the web follows an accord's log: each event is written into Apollo's cache by the
 * handlers of its feature, then joins the event log. The accord's position (`lastSeq`) is not
 * written here: the text page's query selects it, so every ballot would have that whole query
 * read again and the page drawn again; the live provider keeps it and leaves it in the cache.
 */
export const applyAccordEvent: ApplyAccordEvent = (event, context) => {
  applyByType(event, context);
  followEventLog(event, context);
};
