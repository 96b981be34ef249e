import type { ApolloCache, Reference, StoreObject } from '@apollo/client';
import type { AccordEventPayloads } from '@plenary/contracts';
import type { AccordEventHandlers } from '../../data/accord-events';
import { graphql } from '../../data/gql';
import type {
  AmendmentStatus,
  AmendmentSummaryFragment,
  ClauseVersionFieldsFragment,
} from '../../data/gql/graphql';
import {
  AccordQuery,
  AmendmentSummaryFragment as AmendmentSummaryDoc,
} from '../accords/accords.graphql';
import { ClauseHistoryQuery } from '../history/history.graphql';
import {
  endRunningRound,
  joinStatusLists,
  leaveStatusLists,
  type CachedEntity,
} from './amendment-cache';
import { AmendmentQuery } from './amendments.graphql';

/**
 * Drafting: a new version replaces its clause's current text; an amendment's new status shows
 * at once. What the server works out (an article's new number, how an amendment would now
 * apply, who wrote which words) is fetched again, for the clause or amendment concerned only.
 */
export const draftingEventHandlers = {
  'amendment.proposed': ({ payload, at, seq }, { cache, accordId, refetch }) => {
    // Counted at once, so the text's comment counts stay complete when the list brings it.
    cache.writeFragment({
      id: cache.identify({ __typename: 'Amendment', id: payload.amendmentId }),
      fragment: NewEntityCountFragments.amendment,
      data: {
        __typename: 'Amendment',
        id: payload.amendmentId,
        commentCount: 0,
        commentCountSeq: seq,
      },
    });
    const summary = proposedSummary(cache, payload, at);
    if (!summary) {
      // An older server's event (no new article's number), or a sponsor or clause not in the
      // cache: the list comes again.
      refetch({ query: AccordQuery, variables: { id: accordId } });
      return;
    }
    const ref = cache.writeFragment({
      id: cache.identify(summary),
      fragment: AmendmentSummaryDoc,
      fragmentName: 'AmendmentSummary',
      data: summary,
    });
    if (ref) joinStatusLists(cache, accordId, ref, 'OPEN');
  },

  'amendment.withdrawn': ({ payload }, { cache, accordId, refetch }) => {
    cache.modify<CachedEntity>({
      id: cache.identify({ __typename: 'Amendment', id: payload.amendmentId }),
      fields: {
        status: () => 'WITHDRAWN',
        newArticle: () => null, // decided: it will take no number
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
        data: { __typename: 'Clause', id: payload.clauseId, commentCount: 0, commentCountSeq: seq },
      });
      // A new article, placed as the server placed it (the articles after it move down one).
      const ref = cache.writeFragment({
        id,
        fragment: NewClauseFragment,
        fragmentName: 'NewClause',
        data: {
          __typename: 'Clause',
          id: payload.clauseId,
          number: payload.number,
          position: payload.position,
          current: {
            __typename: 'ClauseVersion',
            version: payload.version,
            heading: payload.heading,
            text: payload.text,
            force: payload.force,
            sources: payload.sources,
            createdAt: at,
          },
        },
      });
      if (ref && payload.position !== null) placeNewClause(cache, accordId, ref, payload.position);
      // The number other proposed articles would take moves with it: the server's to say.
      if (pendingNewArticles(cache, accordId, payload.amendmentId))
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

/** What a new amendment's summary needs besides its event: its clause's number, its sponsor's name. */
const ProposalContextFragments = {
  clause: graphql(`
    fragment ProposedClauseNumber on Clause {
      id
      number
    }
  `),
  sponsor: graphql(`
    fragment ProposalSponsor on Organization {
      id
      name
    }
  `),
};

/** The summary of a proposed amendment, as the server would list it; null when not all is known. */
function proposedSummary(
  cache: ApolloCache,
  payload: AccordEventPayloads['amendment.proposed'],
  at: string,
): AmendmentSummaryFragment | null {
  const sponsor = cache.readFragment({
    id: cache.identify({ __typename: 'Organization', id: payload.onBehalfOf }),
    fragment: ProposalContextFragments.sponsor,
  });
  const clause = payload.clauseId
    ? cache.readFragment({
        id: cache.identify({ __typename: 'Clause', id: payload.clauseId }),
        fragment: ProposalContextFragments.clause,
      })
    : null;
  if (!sponsor || (payload.clauseId && !clause) || payload.newArticle === undefined) return null;
  return {
    __typename: 'Amendment',
    id: payload.amendmentId,
    kind: payload.kind,
    status: 'OPEN',
    heading: payload.heading,
    text: payload.text,
    force: payload.force,
    position: payload.position,
    newArticle: payload.newArticle && { __typename: 'NewArticle', ...payload.newArticle },
    rationale: payload.rationale,
    createdAt: at,
    baseVersion: payload.baseVersion,
    clause: clause && { __typename: 'Clause', id: clause.id, number: clause.number },
    onBehalfOf: { __typename: 'Organization', id: sponsor.id, name: sponsor.name },
    conflict: null,
    votingRounds: [],
  };
}

const NewClauseFragment = graphql(`
  fragment NewClause on Clause {
    id
    number
    position
    current {
      ...ClauseVersionFields
    }
  }
`);

/** Inserts a new clause into its accord's text at `at`; the clauses from there on move down one. */
function placeNewClause(cache: ApolloCache, accordId: string, clause: Reference, at: number) {
  const moved: Reference[] = [];
  cache.modify<{ clauses: readonly Reference[] }>({
    id: cache.identify({ __typename: 'Accord', id: accordId }),
    fields: {
      clauses: (list, { readField }) => {
        const id = readField('id', clause);
        if (list.some((ref) => readField('id', ref) === id)) return list;
        const from = list.findIndex((ref) => (readField<number>('position', ref) ?? 0) >= at);
        if (from < 0) return [...list, clause];
        moved.push(...list.slice(from));
        return [...list.slice(0, from), clause, ...list.slice(from)];
      },
    },
  });
  for (const ref of moved)
    cache.modify({ id: cache.identify(ref), fields: { position: (p: number) => p + 1 } });
}

const PendingAmendmentsFragment = graphql(`
  fragment PendingAmendments on Accord {
    id
    amendments {
      id
      kind
      status
    }
  }
`);

/**
 * Whether an undecided ADD_CLAUSE amendment (other than the one just applied) shows a new
 * article's number, which a new clause may have changed; true when the cache cannot say.
 */
function pendingNewArticles(cache: ApolloCache, accordId: string, applied: string | null) {
  const accord = cache.readFragment({
    id: cache.identify({ __typename: 'Accord', id: accordId }),
    fragment: PendingAmendmentsFragment,
    fragmentName: 'PendingAmendments',
  });
  if (!accord) return true;
  return accord.amendments.some(
    (a) => a.kind === 'ADD_CLAUSE' && a.id !== applied && UNDECIDED.has(a.status),
  );
}

const UNDECIDED = new Set<AmendmentStatus>(['OPEN', 'VOTING', 'CONFLICT']);

/** A new amendment or clause has no comments: written so that the counts query stays whole. */
const NewEntityCountFragments = {
  amendment: graphql(`
    fragment NewAmendmentCount on Amendment {
      id
      commentCount
      commentCountSeq
    }
  `),
  clause: graphql(`
    fragment NewClauseCount on Clause {
      id
      commentCount
      commentCountSeq
    }
  `),
};
