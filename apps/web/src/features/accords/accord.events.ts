import type { AccordEventHandlers, StaleQuery } from '../../data/accord-events';
import { MeQuery } from '../auth/auth.graphql';
import { AmendmentQuery } from '../amendments/amendments.graphql';
import { VotesInProgressQuery } from '../facilitation/facilitation.graphql';
import { AccordQuery, AccordViewerQuery } from './accords.graphql';

/**
 * Where the delegate stands may have changed: what he may do in the accord (its viewer fields,
 * apart from the text every delegate shares) and with the amendment on screen.
 */
const refetchStanding = (accordId: string, refetch: (stale: StaleQuery) => void) => {
  refetch({ query: AccordViewerQuery, variables: { id: accordId } });
  refetch({ query: AmendmentQuery });
};

/**
 * The accord itself and who takes part: rare events that change the rule or the parties, and
 * with them every tally, so the accord (and an amendment on screen) are fetched again.
 */
export const accordEventHandlers = {
  'accord.created': () => undefined, // seq 1: before anyone could watch
  'accord.ruleChanged': (_event, { accordId, refetch }) => {
    refetch({ query: AccordQuery, variables: { id: accordId } });
  },
  'accord.proposalWindowSet': ({ payload }, { cache, accordId, refetch }) => {
    cache.modify({
      id: cache.identify({ __typename: 'Accord', id: accordId }),
      fields: {
        proposalsOpenFrom: () => payload.opensAt,
        proposalsCloseAt: () => payload.closesAt,
      },
    });
    // Whether I may propose now is the server's answer (membership and window together).
    refetch({ query: AccordViewerQuery, variables: { id: accordId } });
  },
  'participant.added': (_event, { accordId, refetch }) => {
    // A new party changes who may vote, and every tally's chambers.
    refetch({ query: AccordQuery, variables: { id: accordId } });
    refetch({ query: AmendmentQuery });
    refetch({ query: VotesInProgressQuery, variables: { accordId } });
    // It may be mine: a party now, whose members propose and representatives vote.
    refetchStanding(accordId, refetch);
  },
  'membership.joined': ({ payload }, { cache, accordId, refetch }) => {
    // Whom I act for decides what I may propose and which ballots I may cast.
    if (cache.readQuery({ query: MeQuery })?.me?.id !== payload.userId) return;
    refetch({ query: MeQuery });
    refetchStanding(accordId, refetch);
  },
  'membership.ended': ({ payload }, { cache, accordId, refetch }) => {
    if (cache.readQuery({ query: MeQuery })?.me?.id !== payload.userId) return;
    refetch({ query: MeQuery });
    refetchStanding(accordId, refetch);
  },
  'organization.verified': ({ payload }, { cache, accordId, refetch }) => {
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
    // Verified again, a party's members may propose and its representatives vote.
    refetchStanding(accordId, refetch);
  },
  'organization.verificationRevoked': ({ payload }, { cache, accordId, refetch }) => {
    cache.modify({
      id: cache.identify({ __typename: 'Organization', id: payload.organizationId }),
      fields: { verified: () => false },
    });
    // An unverified organization is no longer a party that counts.
    refetch({ query: AccordQuery, variables: { id: accordId } });
    refetch({ query: AmendmentQuery });
    refetchStanding(accordId, refetch);
  },
} satisfies AccordEventHandlers;
