import type { ApolloCache, Reference } from '@apollo/client';
import type { PresenceEntry } from '@plenary/contracts';
import { findArticleMentions } from '@plenary/text-history';
import type { AccordEventHandlers, StaleQuery } from '../../data/accord-events';
import { graphql } from '../../data/gql';
import type { CommentTreeFragment } from '../../data/gql/graphql';
import {
  AmendmentCommentsQuery,
  ClauseCommentsQuery,
  CommentCountsQuery,
  CommentFieldsFragment,
  CommentTreeFragment as CommentTreeDoc,
} from './discussion.graphql';

const UserNameFragment = graphql(`
  fragment UserName on User {
    id
    displayName
  }
`);

/** The name of a user, from the cache or from who is here: an event names people by id. */
function displayNameOf(cache: ApolloCache, presence: readonly PresenceEntry[], userId: string) {
  const known = cache.readFragment({
    id: cache.identify({ __typename: 'User', id: userId }),
    fragment: UserNameFragment,
  });
  return known?.displayName ?? presence.find((p) => p.userId === userId)?.displayName ?? null;
}

/** Where a comment lives: the query of its thread. */
const threadOf = (comment: {
  amendmentId: string | null;
  clauseId: string | null;
  clauseVersion: number | null;
}): StaleQuery | null =>
  comment.amendmentId
    ? { query: AmendmentCommentsQuery, variables: { id: comment.amendmentId } }
    : comment.clauseId
      ? {
          query: ClauseCommentsQuery,
          variables: {
            id: comment.clauseId,
            ...(comment.clauseVersion !== null && { version: comment.clauseVersion }),
          },
        }
      : null;

/**
 * Adds `delta` to the comment count of what the comment is about (shown on the text page), once:
 * a count read while the comment was posted may already hold it (`commentCountSeq` says up to
 * which event it counts).
 */
function count(
  cache: ApolloCache,
  comment: { amendmentId: string | null; clauseId: string | null },
  delta: number,
  seq: number,
) {
  const about = comment.amendmentId
    ? { __typename: 'Amendment', id: comment.amendmentId }
    : comment.clauseId
      ? { __typename: 'Clause', id: comment.clauseId }
      : null;
  if (about)
    cache.modify({
      id: cache.identify(about),
      fields: {
        commentCount: (n: number, { readField }) => {
          const countedTo = readField<number>('commentCountSeq');
          return countedTo !== undefined && countedTo >= seq ? n : Math.max(n + delta, 0);
        },
        commentCountSeq: (countedTo: number) => Math.max(countedTo, seq),
      },
    });
}

const readComment = (cache: ApolloCache, commentId: string) =>
  cache.readFragment({
    id: cache.identify({ __typename: 'Comment', id: commentId }),
    fragment: CommentFieldsFragment,
    fragmentName: 'CommentFields',
  });

/** Appends `ref` to a list of comment references, once. */
const appendOnce =
  (ref: Reference, commentId: string) =>
  (
    list: readonly Reference[],
    { readField }: { readField: (f: string, r: Reference) => unknown },
  ) =>
    list.some((r) => readField('id', r) === commentId) ? list : [...list, ref];

/**
 * The discussion: a comment joins its thread, an edit or a deletion changes it in place. Which
 * article a comment cites ("article 5") is resolved by the server: a comment that cites one
 * fetches its thread again.
 */
export const discussionEventHandlers = {
  'comment.posted': ({ payload, at, seq }, { cache, presence, refetch }) => {
    // The poster's page does not refetch counts: the event counts it, once.
    count(cache, payload, +1, seq);
    const thread = threadOf(payload);
    const author = displayNameOf(cache, presence, payload.authorId);
    if (author === null || findArticleMentions(payload.body).length > 0) {
      if (thread) refetch(thread);
      return;
    }
    const comment: CommentTreeFragment = {
      __typename: 'Comment',
      id: payload.commentId,
      body: payload.body,
      parentId: payload.parentId,
      quoteStart: payload.quoteStart,
      quoteEnd: payload.quoteEnd,
      createdAt: at,
      editedAt: null,
      deleted: false,
      amendmentId: payload.amendmentId,
      clauseId: payload.clauseId,
      clauseVersion: payload.clauseVersion,
      author: { __typename: 'User', id: payload.authorId, displayName: author },
      references: [],
      replies: [],
    };
    const ref = cache.writeFragment({
      id: cache.identify(comment),
      fragment: CommentTreeDoc,
      fragmentName: 'CommentTree',
      data: comment,
    });
    if (!ref) return;
    const append = appendOnce(ref, payload.commentId);
    if (payload.parentId) {
      cache.modify<{ replies: Reference[] }>({
        id: cache.identify({ __typename: 'Comment', id: payload.parentId }),
        fields: { replies: append },
      });
    } else if (payload.amendmentId) {
      cache.modify<{ comments: Reference[] }>({
        id: cache.identify({ __typename: 'Amendment', id: payload.amendmentId }),
        fields: { comments: append },
      });
    } else if (payload.clauseId) {
      cache.modify<{ comments: Reference[] }>({
        id: cache.identify({ __typename: 'Clause', id: payload.clauseId }),
        fields: {
          // The thread of its version, and the clause's threads on every version.
          comments: (list, details) => {
            const version = /"version":(\d+)/.exec(details.storeFieldName)?.[1];
            return version === undefined || Number(version) === payload.clauseVersion
              ? append(list, details)
              : list;
          },
        },
      });
    }
  },

  'comment.edited': ({ payload, at }, { cache, refetch }) => {
    const comment = readComment(cache, payload.commentId);
    if (!comment) return; // on no page here
    const cites = findArticleMentions(payload.body).length > 0;
    cache.modify({
      id: cache.identify({ __typename: 'Comment', id: payload.commentId }),
      fields: {
        body: () => payload.body,
        editedAt: () => at,
        ...(!cites && { references: () => [] }),
      },
    });
    const thread = threadOf(comment);
    if (cites && thread) refetch(thread);
  },

  'comment.deleted': ({ payload, seq }, { cache, accordId, refetch }) => {
    const comment = readComment(cache, payload.commentId);
    if (!comment) {
      // Which count it leaves is only known to the server.
      refetch({ query: CommentCountsQuery, variables: { accordId } });
      return;
    }
    count(cache, comment, -1, seq);
    cache.modify({
      id: cache.identify({ __typename: 'Comment', id: payload.commentId }),
      fields: { deleted: () => true, body: () => '', references: () => [] },
    });
  },
} satisfies AccordEventHandlers;
