import { describe, expect, it } from '@jest/globals';
import { accordEvent, givenLivePage } from '../../test/live-events';
import { discussionEventHandlers } from './discussion.events';
import { CommentCountsQuery } from './discussion.graphql';

/** The text page's counts of accord a1, read when the log stood at `countedTo`. */
function givenCountsRead(countedTo: number, clauseComments: number) {
  const { cache, context } = givenLivePage();
  cache.writeQuery({
    query: CommentCountsQuery,
    variables: { accordId: 'a1' },
    data: {
      accord: {
        __typename: 'Accord',
        id: 'a1',
        clauses: [
          {
            __typename: 'Clause',
            id: 'c1',
            commentCount: clauseComments,
            commentCountSeq: countedTo,
          },
        ],
        amendments: [],
      },
    },
  });
  const clauseCount = () =>
    cache.readQuery({ query: CommentCountsQuery, variables: { accordId: 'a1' } })?.accord
      ?.clauses[0]?.commentCount;
  return { context, clauseCount };
}

const posted = (seq: number, commentId: string) =>
  accordEvent(
    'comment.posted',
    {
      commentId,
      amendmentId: null,
      clauseId: 'c1',
      clauseVersion: 1,
      parentId: null,
      authorId: 'u1',
      body: 'A point.',
      quoteStart: null,
      quoteEnd: null,
    },
    { seq },
  );

describe('comment counts, live', () => {
  it('does not count again a comment the count was read with', () => {
    // The page joined the log at event 8, but its counts were read after comment 9 was posted.
    const { context, clauseCount } = givenCountsRead(9, 3);
    discussionEventHandlers['comment.posted'](posted(9, 'k9'), context);
    expect(clauseCount()).toBe(3);
  });

  it('counts each later comment once', () => {
    const { context, clauseCount } = givenCountsRead(8, 3);
    discussionEventHandlers['comment.posted'](posted(9, 'k9'), context);
    discussionEventHandlers['comment.posted'](posted(11, 'k11'), context);
    expect(clauseCount()).toBe(5);
  });
});
