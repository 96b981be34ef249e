import type { AccordEventHandlers } from '../../data/accord-events';
import { MeQuery } from '../auth/auth.graphql';
import { AmendmentQuery } from '../amendments/amendments.graphql';
import { VotesInProgressQuery } from '../facilitation/facilitation.graphql';
import { AccordQuery } from './accords.graphql';

/**
 * The accord itself and who takes part: rare events that change the rule or the parties, and
 * with them every tally, so the accord (and an amendment on screen) are fetched again.
 */
export const accordEventHandlers = {
  'accord.created': () => undefined, // seq 1: before anyone could watch
  'accord.ruleChanged': (_event, { accordId, refetch }) => {
    refetch({ query: AccordQuery, variables: { id: accordId } });
  },
  'participant.added': (_event, { accordId, refetch }) => {
    // A new party changes who may vote, and every tally's chambers.
    refetch({ query: AccordQuery, variables: { id: accordId } });
    refetch({ query: AmendmentQuery });
    refetch({ query: VotesInProgressQuery, variables: { accordId } });
  },
  'membership.joined': ({ payload }, { cache, refetch }) => {
    // Whom I act for decides which ballots I may cast.
    if (cache.readQuery({ query: MeQuery })?.me?.id === payload.userId) refetch({ query: MeQuery });
  },
  'membership.ended': ({ payload }, { cache, refetch }) => {
    if (cache.readQuery({ query: MeQuery })?.me?.id === payload.userId) refetch({ query: MeQuery });
  },
  'organization.verified': ({ payload }, { cache }) => {
    cache.modify({
      id: cache.identify({ __typename: 'Organization', id: payload.organizationId }),
      fields: {
        name: () => payload.name,
        group: () => payload.group,
        country: () => payload.country,
        website: () => payload.website,
        verified: () => true,
      },
    });
  },
  'organization.verificationRevoked': ({ payload }, { cache, accordId, refetch }) => {
    cache.modify({
      id: cache.identify({ __typename: 'Organization', id: payload.organizationId }),
      fields: { verified: () => false },
    });
    // An unverified organization is no longer a party that counts.
    refetch({ query: AccordQuery, variables: { id: accordId } });
    refetch({ query: AmendmentQuery });
  },
} satisfies AccordEventHandlers;
