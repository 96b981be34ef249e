import { describe, expect, it, jest } from '@jest/globals';
import { parse } from 'graphql';
import { createCache } from './apollo';

// What the amendment page reads of an amendment beyond the list's summary.
const AmendmentPageShape = parse(`
  fragment AmendmentPageShape on Amendment {
    id
    conflict { reason currentVersion }
    newArticle { number after }
    votingRounds { number outcome openedAt endedAt }
  }
`);
// What the accord's list (AmendmentSummary) and the votes in progress write of the same amendment.
const ListShape = parse(`
  fragment ListShape on Amendment {
    id
    conflict { reason }
    newArticle { number }
    votingRounds { number outcome }
  }
`);

const pageData = {
  __typename: 'Amendment',
  id: 'am1',
  conflict: { __typename: 'AmendmentConflict', reason: 'CLAUSE_CHANGED', currentVersion: 3 },
  newArticle: { __typename: 'NewArticle', number: '5 bis', after: '5' },
  votingRounds: [
    { __typename: 'VotingRound', number: 1, outcome: 'SUSPENDED', openedAt: 'T1', endedAt: 'T2' },
  ],
};

describe('an amendment shown by its page and by a list', () => {
  it('keeps the fields only the page selects when a list writes the same amendment', () => {
    const cache = createCache();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    cache.writeFragment({ id: 'Amendment:am1', fragment: AmendmentPageShape, data: pageData });
    cache.writeFragment({
      id: 'Amendment:am1',
      fragment: ListShape,
      data: {
        __typename: 'Amendment',
        id: 'am1',
        conflict: { __typename: 'AmendmentConflict', reason: 'CLAUSE_CHANGED' },
        newArticle: { __typename: 'NewArticle', number: '5 bis' },
        votingRounds: [{ __typename: 'VotingRound', number: 1, outcome: 'SUSPENDED' }],
      },
    });
    // Apollo warns when a write replaces an object it cannot merge (and loses its other fields).
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(
      cache.readFragment({
        id: 'Amendment:am1',
        fragment: AmendmentPageShape,
        returnPartialData: false,
      }),
    ).toEqual(pageData);
  });
});
