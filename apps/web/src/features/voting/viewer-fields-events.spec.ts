import type { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from '@jest/globals';
import {
  type BallotCastPayload,
  BallotChoice,
  MembershipRole,
  StakeholderGroup,
} from '@plenary/contracts';
import { operationName } from '../../data/accord-events';
import { accordEvent, givenLivePage } from '../../test/live-events';
import { AccordViewerQuery } from '../accords/accords.graphql';
import { accordEventHandlers } from '../accords/accord.events';
import { AmendmentViewerFieldsFragment } from '../amendments/amendments.graphql';
import { MeQuery } from '../auth/auth.graphql';
import { votingEventHandlers } from './voting.events';

/** A delegate who represents the NGO, on the page of amendment m1 of accord a1. */
function givenRepresentativeOnScreen({ mayVote = true } = {}) {
  const { cache, context, stale } = givenLivePage();
  cache.writeQuery({
    query: MeQuery,
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        email: 'rep@ngo.test',
        displayName: 'Rep',
        isOperator: false,
        invitations: [],
        memberships: [
          {
            __typename: 'Membership',
            role: 'REPRESENTATIVE',
            since: '2026-12-01T09:00:00.000Z',
            organization: {
              __typename: 'Organization',
              id: 'ngo',
              name: 'NGO',
              group: 'CIVIL_SOCIETY',
              country: null,
              website: null,
              verified: true,
              handle: 'ngo',
            },
          },
        ],
      },
    },
  });
  cache.writeQuery({
    query: AccordViewerQuery,
    variables: { id: 'a1' },
    data: {
      accord: {
        __typename: 'Accord',
        id: 'a1',
        viewerIsFacilitator: false,
        viewerCanAmend: mayVote,
        viewerVotingOrganizations: mayVote
          ? [{ __typename: 'Organization', id: 'ngo', name: 'NGO' }]
          : [],
      },
    },
  });
  cache.writeFragment({
    id: 'Amendment:m1',
    fragment: AmendmentViewerFieldsFragment,
    fragmentName: 'AmendmentViewerFields',
    data: {
      __typename: 'Amendment',
      id: 'm1',
      viewerCanVote: mayVote,
      viewerCanOpenVoting: false,
      viewerCanCloseVoting: false,
      viewerCanWithdraw: false,
      viewerCanRebase: false,
      viewerBallots: [],
    },
  });
  const staleNames = () => stale.map((s) => [operationName(s.query), s.variables]);
  return { cache, context, staleNames };
}

/** The first ballot on m1, against, of two that may be cast. */
const FIRST_BALLOT = {
  amendmentId: 'm1',
  tally: { for: 0, against: 1, abstain: 0, cast: 1, eligible: 2, passed: false, explanation: '' },
};

const ballotCast = (payload: Partial<BallotCastPayload>) =>
  accordEvent('ballot.cast', { ...FIRST_BALLOT, ...payload } as BallotCastPayload, {
    at: '2026-12-01T10:05:00.000Z',
    actorId: 'u2',
  });

/** A secret ballot: turnout only, and no organization. */
const SECRET = {
  secret: true,
  tally: {
    sealed: true,
    for: null,
    against: null,
    abstain: null,
    cast: 1,
    eligible: 2,
    passed: null,
    quorumMet: false,
    explanation: '',
    chambers: [],
  },
} as unknown as Partial<BallotCastPayload>;

const myBallots = (cache: InMemoryCache) =>
  cache.readFragment({
    id: 'Amendment:m1',
    fragment: AmendmentViewerFieldsFragment,
    fragmentName: 'AmendmentViewerFields',
  })?.viewerBallots;

describe('the viewer fields under live events', () => {
  it('keep a published ballot of my organization among mine, without asking for the amendment', () => {
    const { cache, context, staleNames } = givenRepresentativeOnScreen();
    votingEventHandlers['ballot.cast'](
      ballotCast({
        organizationId: 'ngo',
        organizationName: 'NGO',
        group: StakeholderGroup.CIVIL_SOCIETY,
        changed: false,
        choice: BallotChoice.AGAINST,
        explanation: 'Too weak.',
      }),
      context,
    );
    expect(myBallots(cache)).toEqual([
      expect.objectContaining({
        choice: BallotChoice.AGAINST,
        explanation: 'Too weak.',
        organization: expect.objectContaining({ id: 'ngo' }),
      }),
    ]);
    expect(staleNames().filter(([name]) => name === 'Amendment')).toEqual([]);
  });

  it("leave another organization's ballot out of mine", () => {
    const { cache, context } = givenRepresentativeOnScreen();
    votingEventHandlers['ballot.cast'](
      ballotCast({
        organizationId: 'gov',
        organizationName: 'State',
        group: StakeholderGroup.GOVERNMENT,
        changed: false,
        choice: BallotChoice.FOR,
        explanation: null,
      }),
      context,
    );
    expect(myBallots(cache)).toEqual([]);
  });

  it('ask for the amendment again after a secret ballot only where it may be mine', () => {
    const voter = givenRepresentativeOnScreen();
    votingEventHandlers['ballot.cast'](ballotCast(SECRET), voter.context);
    expect(voter.staleNames()).toContainEqual(['Amendment', { id: 'm1' }]);

    const observer = givenRepresentativeOnScreen({ mayVote: false });
    votingEventHandlers['ballot.cast'](ballotCast(SECRET), observer.context);
    expect(observer.staleNames().map(([name]) => name)).not.toContain('Amendment');
  });

  it('ask for where I stand again when my membership changes, and only mine', () => {
    const mine = givenRepresentativeOnScreen();
    const joined = (userId: string) =>
      accordEvent(
        'membership.joined',
        {
          userId,
          displayName: 'Delegate',
          organizationId: 'gov',
          organizationName: 'State',
          role: MembershipRole.MEMBER,
          previousRole: null,
          invitationId: 'i1',
        },
        { seq: 10, at: '2026-12-01T10:06:00.000Z', actorId: userId },
      );
    accordEventHandlers['membership.joined'](joined('u1'), mine.context);
    expect(mine.staleNames()).toEqual([
      ['Me', undefined],
      ['AccordViewer', { id: 'a1' }],
      ['Amendment', undefined],
    ]);

    const theirs = givenRepresentativeOnScreen();
    accordEventHandlers['membership.joined'](joined('u9'), theirs.context);
    expect(theirs.staleNames()).toEqual([]);
  });
});
