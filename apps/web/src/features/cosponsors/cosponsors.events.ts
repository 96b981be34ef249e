import type { ApolloCache } from '@apollo/client';
import type { AccordEventHandlers } from '../../data/accord-events';

/**
 * Co-sponsors and support carry organization ids and names only: the amendment's lists (and
 * what the delegate may do about them) are dropped from the cache, so the page showing them
 * reads them again at once, and any other page when it shows them next.
 */
function forgetSponsors(cache: ApolloCache, amendmentId: string, fields: string[]) {
  const id = cache.identify({ __typename: 'Amendment', id: amendmentId });
  for (const fieldName of fields) cache.evict({ id, fieldName });
}

export const cosponsorEventHandlers = {
  'amendment.cosponsorInvited': ({ payload }, { cache }) =>
    forgetSponsors(cache, payload.amendmentId, ['sponsors', 'viewerCoSponsorInvitations']),
  // An acceptance may meet the rule's minimum of sponsors: the facilitator may now open the vote.
  'amendment.cosponsorAnswered': ({ payload }, { cache }) =>
    forgetSponsors(cache, payload.amendmentId, [
      'sponsors',
      'sponsorGroups',
      'viewerCoSponsorInvitations',
      'viewerCanOpenVoting',
    ]),
  'amendment.supported': ({ payload }, { cache }) =>
    forgetSponsors(cache, payload.amendmentId, ['supporters', 'viewerSupportOptions']),
  'amendment.supportWithdrawn': ({ payload }, { cache }) =>
    forgetSponsors(cache, payload.amendmentId, ['supporters', 'viewerSupportOptions']),
} satisfies AccordEventHandlers;
