import type { Reference, StoreObject } from '@apollo/client';
import type { AccordEventHandlers } from '../../data/accord-events';
import { graphql } from '../../data/gql';
import type { ClauseVersionFieldsFragment } from '../../data/gql/graphql';
import { AccordQuery } from '../accords/accords.graphql';
import { ClauseHistoryQuery } from '../history/history.graphql';
import { leaveStatusLists, endRunningRound, type CachedEntity } from './amendment-cache';
import { AmendmentQuery } from './amendments.graphql';

/**
 * Drafting: a new version replaces its clause's current text; an amendment's new status shows
 * at once. What the server works out (an article's new number, how an amendment would now
 * apply, who wrote which words) is fetched again, for the clause or amendment concerned only.
 */
export const draftingEventHandlers = {
  'amendment.proposed': ({ payload }, { cache, accordId, refetch }) => {
    // Counted at once, so the text's comment counts stay complete when the list brings it.
    cache.writeFragment({
      id: cache.identify({ __typename: 'Amendment', id: payload.amendmentId }),
      fragment: NewEntityCountFragments.amendment,
      data: { __typename: 'Amendment', id: payload.amendmentId, commentCount: 0 },
    });
    // Its new article's number and its sponsor's name are the server's: the list comes again.
    refetch({ query: AccordQuery, variables: { id: accordId } });
  },

  'amendment.withdrawn': ({ payload }, { cache, accordId, refetch }) => {
    cache.modify<CachedEntity>({
      id: cache.identify({ __typename: 'Amendment', id: payload.amendmentId }),
      fields: {
        status: () => 'WITHDRAWN',
        votingRounds: endRunningRound('WITHDRAWN'),
      },
    });
    leaveStatusLists(cache, accordId, payload.amendmentId, 'WITHDRAWN');
    refetch({ query: AmendmentQuery, variables: { id: payload.amendmentId } });
  },

  'amendment.rebased': ({ payload }, { cache, refetch }) => {
    cache.modify({
      id: cache.identify({ __typename: 'Amendment', id: payload.amendmentId }),
      fields: {
        status: () => 'OPEN',
        text: () => payload.text,
        baseVersion: () => payload.baseVersion,
        conflict: () => null,
      },
    });
    refetch({ query: AmendmentQuery, variables: { id: payload.amendmentId } });
  },

  'amendment.conflicted': ({ payload }, { cache, refetch }) => {
    cache.modify({
      id: cache.identify({ __typename: 'Amendment', id: payload.amendmentId }),
      fields: {
        status: () => 'CONFLICT',
        conflict: () => ({
          __typename: 'AmendmentConflict',
          reason: payload.reason,
          currentVersion: payload.currentVersion,
        }),
      },
    });
    refetch({ query: AmendmentQuery, variables: { id: payload.amendmentId } });
  },

  'amendment.reexamined': ({ payload }, { cache, accordId, refetch }) => {
    if (payload.outcome === 'CONFLICT') {
      cache.modify<CachedEntity>({
        id: cache.identify({ __typename: 'Amendment', id: payload.amendmentId }),
        fields: {
          status: () => 'CONFLICT',
          conflict: () => ({
            __typename: 'AmendmentConflict',
            reason: payload.reason,
            currentVersion: payload.onto,
          }),
        },
      });
      leaveStatusLists(cache, accordId, payload.amendmentId, 'CONFLICT');
    }
    // How it would now apply (the merged diff) is drawn by the server.
    refetch({ query: AmendmentQuery, variables: { id: payload.amendmentId } });
  },

  'clause.versioned': ({ payload, at, seq }, { cache, accordId, refetch }) => {
    const id = cache.identify({ __typename: 'Clause', id: payload.clauseId });
    if (payload.created) {
      cache.writeFragment({
        id,
        fragment: NewEntityCountFragments.clause,
        data: { __typename: 'Clause', id: payload.clauseId, commentCount: 0 },
      });
      // A new article: its place among the others and every new article's number move.
      refetch({ query: AccordQuery, variables: { id: accordId } });
      return;
    }
    // The fields every query selects, and those only the clause's history does (references).
    const version: ClauseVersionFieldsFragment & StoreObject = {
      __typename: 'ClauseVersion',
      version: payload.version,
      heading: payload.heading,
      text: payload.text,
      force: payload.force,
      sources: payload.sources,
      createdAt: at,
      createdSeq: seq,
      author: payload.authorOrganizationId
        ? {
            __ref: cache.identify({ __typename: 'Organization', id: payload.authorOrganizationId }),
          }
        : null,
      amendment: payload.amendmentId
        ? { __ref: cache.identify({ __typename: 'Amendment', id: payload.amendmentId }) }
        : null,
    };
    cache.modify<CachedEntity>({
      id,
      fields: {
        current: (current: Reference | StoreObject, { readField }) =>
          (readField<number>('version', current) ?? 0) >= payload.version ? current : version,
        versions: (versions: readonly (Reference | StoreObject)[], { readField }) =>
          versions.some((v) => readField('version', v) === payload.version)
            ? versions
            : [...versions, version],
      },
    });
    // Who wrote which words is worked out by the server.
    refetch({ query: ClauseHistoryQuery, variables: { id: payload.clauseId } });
  },

  'clause.removed': ({ payload }, { cache, accordId, refetch }) => {
    cache.modify({
      id: cache.identify({ __typename: 'Clause', id: payload.clauseId }),
      fields: { removed: () => true, position: () => null },
    });
    refetch({ query: AccordQuery, variables: { id: accordId } });
    // An amendment of a removed clause can no longer be rebased (its viewer fields).
    refetch({ query: AmendmentQuery });
  },

  'clause.moved': (_event, { accordId, refetch }) => {
    // Every article between its old and new place moves too.
    refetch({ query: AccordQuery, variables: { id: accordId } });
  },

  'clauses.renumbered': ({ payload }, { cache, refetchEverything }) => {
    for (const change of payload.changes)
      cache.modify({
        id: cache.identify({ __typename: 'Clause', id: change.clauseId }),
        fields: { number: () => change.to },
      });
    // Numbers are quoted everywhere: in amendments, comments, new articles' places.
    refetchEverything();
  },
} satisfies AccordEventHandlers;

/** A new amendment or clause has no comments: written so that the counts query stays whole. */
const NewEntityCountFragments = {
  amendment: graphql(`
    fragment NewAmendmentCount on Amendment {
      id
      commentCount
    }
  `),
  clause: graphql(`
    fragment NewClauseCount on Clause {
      id
      commentCount
    }
  `),
};
