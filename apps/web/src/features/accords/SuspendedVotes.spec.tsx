import { describe, expect, it } from '@jest/globals';
import type { AmendmentStatus, VotingRoundOutcome } from '../../data/gql/graphql';
import { conflictWords } from '../amendments/conflict-words';
import { voteSuspended } from './suspended-votes';

const amendment = (status: AmendmentStatus, outcomes: (VotingRoundOutcome | null)[]) => ({
  status,
  votingRounds: outcomes.map((outcome, i) => ({
    __typename: 'VotingRound' as const,
    number: i + 1,
    outcome,
  })),
});

describe('the notice of a suspended vote', () => {
  it('is given while the amendment whose vote was suspended waits for a rebase, and no longer', () => {
    expect(voteSuspended(amendment('CONFLICT', ['SUSPENDED']))).toBe(true);
    expect(voteSuspended(amendment('CONFLICT', ['ADOPTED', 'SUSPENDED']))).toBe(true);
    // In conflict before any vote, rebased, voted on again, withdrawn: nothing to announce.
    expect(voteSuspended(amendment('CONFLICT', []))).toBe(false);
    expect(voteSuspended(amendment('OPEN', ['SUSPENDED']))).toBe(false);
    expect(voteSuspended(amendment('VOTING', ['SUSPENDED', null]))).toBe(false);
    expect(voteSuspended(amendment('WITHDRAWN', ['SUSPENDED']))).toBe(false);
  });

  it('says why in words', () => {
    expect(conflictWords({ reason: 'TEXT_OVERLAP', currentVersion: 3 }, '4')).toBe(
      'article 4 changed (now version 3) and the amendment no longer applies (the changes overlap)',
    );
    expect(conflictWords({ reason: 'CLAUSE_REMOVED', currentVersion: null }, '—')).toBe(
      'its article was removed, so the amendment no longer applies',
    );
  });
});
