import { type ApolloCache, isReference, type Reference, type StoreObject } from '@apollo/client';
import type { Modifier } from '@apollo/client/cache';
import type { AmendmentStatus, VotingRoundOutcome } from '../../data/gql/graphql';

/**
 * An amendment whose status changed leaves the lists of its accord filtered on another status
 * (`amendments(status: VOTING)` for the votes in progress); the unfiltered list keeps it.
 */
export function leaveStatusLists(
  cache: ApolloCache,
  accordId: string,
  amendmentId: string,
  status: AmendmentStatus,
) {
  cache.modify<{ amendments: readonly Reference[] }>({
    id: cache.identify({ __typename: 'Accord', id: accordId }),
    fields: {
      amendments: (list, { storeFieldName, readField }) => {
        const filter = /"status":"(\w+)"/.exec(storeFieldName)?.[1];
        if (!filter || filter === status) return list;
        return list.filter((ref) => readField('id', ref) !== amendmentId);
      },
    },
  });
}

/**
 * A new amendment joins the lists of its accord: the unfiltered one, and those filtered on its
 * status (`amendments(status: OPEN)` on the accords' list); once, at the end (the server lists
 * them in the order they were proposed).
 */
export function joinStatusLists(
  cache: ApolloCache,
  accordId: string,
  amendment: Reference,
  status: AmendmentStatus,
) {
  cache.modify<{ amendments: readonly Reference[] }>({
    id: cache.identify({ __typename: 'Accord', id: accordId }),
    fields: {
      amendments: (list, { storeFieldName, readField }) => {
        const filter = /"status":"(\w+)"/.exec(storeFieldName)?.[1];
        if (filter && filter !== status) return list;
        const id = readField('id', amendment);
        return list.some((ref) => readField('id', ref) === id) ? list : [...list, amendment];
      },
    },
  });
}

/**
 * An entity as `cache.modify` sees it: fields of any selection, inline objects or references.
 * (Naming it stops `modify` from inferring a narrower type from one modifier.)
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CachedEntity = Record<string, any>;

/**
 * Gives the running round of an amendment (outcome null) its outcome. Rounds have no id: they
 * live inside their amendment, as the queries that selected them left them.
 */
export const endRunningRound =
  (outcome: VotingRoundOutcome): Modifier<readonly (Reference | StoreObject)[]> =>
  (rounds, { readField }) =>
    rounds.map((round) =>
      !isReference(round) && readField('outcome', round) === null ? { ...round, outcome } : round,
    );
