import type { ApolloCache } from '@apollo/client';
import type { AccordEventHandlers } from '../../data/accord-events';

/**
 * Co-sponsors and support carry organization ids and names only: the amendment's lists are
 * dropped from the cache, so whatever page shows them next reads them again.
 */
function forgetSponsors(cache: ApolloCache, amendmentId: string, fields: string[]) {
  const id = cache.identify({ __typename: 'Amendment', id: amendmentId });
  for (const fieldName of fields) cache.evict({ id, fieldName });
}

export const cosponsorEventHandlers = {
  'amendment.cosponsorInvited': ({ payload }, { cache }) =>
    forgetSponsors(cache, payload.amendmentId, ['sponsors']),
  'amendment.cosponsorAnswered': ({ payload }, { cache }) =>
    forgetSponsors(cache, payload.amendmentId, ['sponsors', 'sponsorGroups']),
  'amendment.supported': ({ payload }, { cache }) =>
    forgetSponsors(cache, payload.amendmentId, ['supporters']),
  'amendment.supportWithdrawn': ({ payload }, { cache }) =>
    forgetSponsors(cache, payload.amendmentId, ['supporters']),
} satisfies AccordEventHandlers;
