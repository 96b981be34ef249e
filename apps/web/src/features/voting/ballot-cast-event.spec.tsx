import type { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from '@jest/globals';
import { type BallotCastPayload, DecisionRuleKind } from '@plenary/contracts';
import { computeTallyFromCounts } from '@plenary/decision-rules';
import type { TallyFieldsFragment } from '../../data/gql/graphql';
import { accordEvent, givenLivePage } from '../../test/live-events';
import {
  AccordRuleFragmentDoc,
  AmendmentVotesFragmentDoc,
  votingEventHandlers,
} from './voting.events';

const chamber = (group: 'GOVERNMENT' | 'CIVIL_SOCIETY', voted: number) => ({
  __typename: 'ChamberTally' as const,
  group,
  for: voted,
  against: 0,
  abstain: 0,
  eligible: 1,
  voted,
  passed: voted > 0,
  quorumMet: true,
  revealsVotes: false,
});

/** A simple-majority vote between a government and an NGO; the government voted for. */
function givenVoteOnScreen() {
  const { cache, context, stale } = givenLivePage();
  cache.writeFragment({
    id: 'Accord:a1',
    fragment: AccordRuleFragmentDoc,
    fragmentName: 'AccordRule',
    data: {
      __typename: 'Accord',
      id: 'a1',
      rule: {
        __typename: 'DecisionRule',
        kind: 'SIMPLE_MAJORITY',
        threshold: null,
        quorum: null,
        secretBallot: false,
        minSponsors: null,
        minSponsorGroups: null,
        weights: null,
      },
    },
  });
  const tally: TallyFieldsFragment = {
    __typename: 'Tally',
    sealed: false,
    for: 1,
    against: 0,
    abstain: 0,
    eligible: 2,
    cast: 1,
    passed: true,
    quorumMet: true,
    explanation: 'whatever the server said',
    chambers: [chamber('GOVERNMENT', 1), chamber('CIVIL_SOCIETY', 0)],
  };
  cache.writeFragment({
    id: 'Amendment:m1',
    fragment: AmendmentVotesFragmentDoc,
    fragmentName: 'AmendmentVotes',
    data: {
      __typename: 'Amendment',
      id: 'm1',
      tally,
      ballots: [
        {
          __typename: 'Ballot',
          choice: 'FOR',
          explanation: null,
          castAt: '2026-12-01T10:00:00.000Z',
          organization: {
            __typename: 'Organization',
            id: 'gov',
            name: 'State',
            group: 'GOVERNMENT',
          },
          changes: [],
        },
      ],
    },
  });
  return { cache, context, stale };
}

const ngoVotesAgainst = (explanation: string) =>
  accordEvent(
    'ballot.cast',
    {
      amendmentId: 'm1',
      organizationId: 'ngo',
      organizationName: 'NGO',
      group: 'CIVIL_SOCIETY',
      changed: false,
      choice: 'AGAINST',
      explanation: null,
      tally: { for: 1, against: 1, abstain: 0, cast: 2, eligible: 2, passed: false, explanation },
    } as BallotCastPayload,
    { at: '2026-12-01T10:05:00.000Z', actorId: 'u2' },
  );

const votesOnScreen = (cache: InMemoryCache) =>
  cache.readFragment({
    id: 'Amendment:m1',
    fragment: AmendmentVotesFragmentDoc,
    fragmentName: 'AmendmentVotes',
  });

describe('a ballot cast by another delegate', () => {
  it('recounts the tally shown, chambers included, and adds the ballot, without a request', () => {
    const { cache, context, stale } = givenVoteOnScreen();
    // The API's own words for 1 for, 1 against, counted as cast-ballot.usecase counts.
    const { explanation } = computeTallyFromCounts(
      { GOVERNMENT: 1, CIVIL_SOCIETY: 1 },
      {
        GOVERNMENT: { for: 1, against: 0, abstain: 0 },
        CIVIL_SOCIETY: { for: 0, against: 1, abstain: 0 },
      },
      { kind: DecisionRuleKind.SIMPLE_MAJORITY },
    );

    votingEventHandlers['ballot.cast'](ngoVotesAgainst(explanation), context);

    const votes = votesOnScreen(cache)!;
    expect(stale).toEqual([]);
    expect(votes.ballots.map((b) => [b.organization.id, b.choice])).toEqual([
      ['gov', 'FOR'],
      ['ngo', 'AGAINST'],
    ]);
    expect(votes.tally).toMatchObject({ for: 1, against: 1, cast: 2, passed: false });
    expect(votes.tally.chambers.find((c) => c.group === 'CIVIL_SOCIETY')).toMatchObject({
      against: 1,
      voted: 1,
    });
  });

  it("keeps a changed ballot's earlier choice among its changes, as a recorded vote does", () => {
    const { cache, context, stale } = givenVoteOnScreen();
    const { explanation } = computeTallyFromCounts(
      { GOVERNMENT: 1, CIVIL_SOCIETY: 1 },
      {
        GOVERNMENT: { for: 0, against: 1, abstain: 0 },
        CIVIL_SOCIETY: { for: 0, against: 0, abstain: 0 },
      },
      { kind: DecisionRuleKind.SIMPLE_MAJORITY },
    );
    const event = ngoVotesAgainst(explanation);
    votingEventHandlers['ballot.cast'](
      {
        ...event,
        payload: {
          ...event.payload,
          organizationId: 'gov',
          organizationName: 'State',
          group: 'GOVERNMENT',
          changed: true,
          tally: {
            for: 0,
            against: 1,
            abstain: 0,
            cast: 1,
            eligible: 2,
            passed: false,
            explanation,
          },
        } as BallotCastPayload,
      },
      context,
    );

    expect(stale).toEqual([]);
    const [gov] = votesOnScreen(cache)!.ballots;
    expect(gov).toMatchObject({
      choice: 'AGAINST',
      changes: [{ choice: 'FOR', explanation: null, castAt: '2026-12-01T10:00:00.000Z' }],
    });
  });

  it('shows the published figures and refetches that amendment when its recount disagrees', () => {
    const { cache, context, stale } = givenVoteOnScreen();

    votingEventHandlers['ballot.cast'](ngoVotesAgainst('Counted by a newer rule.'), context);

    expect(votesOnScreen(cache)!.tally).toMatchObject({
      against: 1,
      cast: 2,
      explanation: 'Counted by a newer rule.',
    });
    expect(stale.map((query) => query.variables)).toEqual([{ id: 'm1' }]);
  });
});
