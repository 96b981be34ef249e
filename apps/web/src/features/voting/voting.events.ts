import type { ApolloCache, Reference, StoreObject } from '@apollo/client';
import type {
  DecisionRule,
  PublishedTally,
  StakeholderGroup,
  TallySummary,
} from '@plenary/contracts';
import {
  computeTallyFromCounts,
  emptyBallotCounts,
  openTally,
  type PartiesPerGroup,
} from '@plenary/decision-rules';
import type { AccordEventHandlers } from '../../data/accord-events';
import { graphql } from '../../data/gql';
import type {
  AmendmentVotesFragment as AmendmentVotes,
  DecisionRuleFieldsFragment,
  TallyFieldsFragment,
} from '../../data/gql/graphql';
import { AccordQuery, AccordViewerQuery } from '../accords/accords.graphql';
import { MeQuery } from '../auth/auth.graphql';
import { AmendmentQuery, AmendmentViewerFieldsFragment } from '../amendments/amendments.graphql';
import {
  leaveStatusLists,
  endRunningRound,
  type CachedEntity,
} from '../amendments/amendment-cache';
import { VotesInProgressQuery } from '../facilitation/facilitation.graphql';
import { MyBallotReceiptsQuery } from './voting.graphql';

/** What the amendment page shows of a vote: enough to count it again with one more ballot. */
export const AmendmentVotesFragmentDoc = graphql(`
  fragment AmendmentVotes on Amendment {
    id
    ballots {
      ...BallotFields
    }
    tally {
      ...TallyFields
    }
  }
`);

export const AccordRuleFragmentDoc = graphql(`
  fragment AccordRule on Accord {
    id
    rule {
      ...DecisionRuleFields
    }
  }
`);

type Ballot = AmendmentVotes['ballots'][number];

const choiceKey = { FOR: 'for', AGAINST: 'against', ABSTAIN: 'abstain' } as const;

/** A published tally as the cache stores it (the same fields as TallyFields). */
export const tallyForCache = (tally: PublishedTally): TallyFieldsFragment => ({
  __typename: 'Tally',
  ...tally,
  chambers: tally.chambers.map((chamber) => ({ __typename: 'ChamberTally', ...chamber })),
});

/**
 * The tally after `ballots`, counted the way the API counts: its chambers (and their verdicts)
 * are what a `ballot.cast` does not carry. The parties per group are those of the tally shown.
 */
export function recount(
  ballots: readonly Ballot[],
  shown: TallyFieldsFragment,
  rule: DecisionRuleFieldsFragment,
): TallyFieldsFragment {
  const parties: PartiesPerGroup = {};
  for (const chamber of shown.chambers)
    parties[chamber.group as StakeholderGroup] = chamber.eligible;
  const counts = emptyBallotCounts();
  for (const ballot of ballots)
    counts[ballot.organization.group as StakeholderGroup][choiceKey[ballot.choice]] += 1;
  // The GraphQL enums are the contracts' enums, spelled as strings.
  const asContract = rule as unknown as DecisionRule;
  return tallyForCache(openTally(computeTallyFromCounts(parties, counts, asContract), false));
}

/** Whether a recount says what the server published with the ballot. */
export const agrees = (mine: TallyFieldsFragment, published: TallySummary) =>
  mine.for === published.for &&
  mine.against === published.against &&
  mine.abstain === published.abstain &&
  mine.cast === published.cast &&
  mine.eligible === published.eligible &&
  mine.passed === published.passed &&
  mine.explanation === published.explanation;

const amendmentRef = (cache: ApolloCache, id: string) =>
  cache.identify({ __typename: 'Amendment', id });

/** Overwrites what the cached tally of an amendment has of `figures` (wherever it is shown). */
function setTally(cache: ApolloCache, amendmentId: string, figures: Partial<TallyFieldsFragment>) {
  cache.modify<{ tally: TallyFieldsFragment }>({
    id: amendmentRef(cache, amendmentId),
    fields: { tally: (existing) => ({ ...existing, ...figures }) },
  });
}

/** A published ballot of an organization I represent, among mine (the amendment's viewerBallots). */
function keepMyBallot(
  cache: ApolloCache,
  id: string | undefined,
  ballot: {
    organizationId: string;
    choice: Ballot['choice'];
    explanation: string | null;
    castAt: string;
  },
) {
  const viewer = cache.readFragment({
    id,
    fragment: AmendmentViewerFieldsFragment,
    fragmentName: 'AmendmentViewerFields',
  });
  if (!viewer) {
    // A page that asks less of the amendment (the text with proposals asks whom it voted for).
    cache.modify({
      id,
      fields: {
        viewerBallots: (
          existing: readonly (Reference | StoreObject)[],
          { readField, toReference },
        ) => [
          ...existing.filter(
            (b) =>
              readField<string>('id', readField<Reference>('organization', b)) !==
              ballot.organizationId,
          ),
          {
            __typename: 'ViewerBallot',
            choice: ballot.choice,
            explanation: ballot.explanation,
            castAt: ballot.castAt,
            organization: toReference({ __typename: 'Organization', id: ballot.organizationId }),
          },
        ],
      },
    });
    return;
  }
  const mine = {
    __typename: 'ViewerBallot' as const,
    choice: ballot.choice,
    explanation: ballot.explanation,
    castAt: ballot.castAt,
    organization: { __typename: 'Organization' as const, id: ballot.organizationId },
  };
  cache.writeFragment({
    id,
    fragment: AmendmentViewerFieldsFragment,
    fragmentName: 'AmendmentViewerFields',
    data: {
      ...viewer,
      viewerBallots: [
        ...viewer.viewerBallots.filter((b) => b.organization.id !== ballot.organizationId),
        mine,
      ],
    },
  });
}

/** Votes: a ballot updates its amendment's tally (and recorded votes); a close publishes it. */
export const votingEventHandlers = {
  'ballot.cast': ({ payload, at, seq, hash }, { cache, accordId, refetch }) => {
    if (payload.secret) {
      // Turnout only, and the event carries all of it; whose receipt it is, only the server says.
      setTally(cache, payload.amendmentId, tallyForCache(payload.tally));
      refetch({ query: MyBallotReceiptsQuery, variables: { amendmentId: payload.amendmentId } });
      // It may be my organization's: a delegate who votes here asks for his own ballots again.
      const voter = cache.readQuery({ query: AccordViewerQuery, variables: { id: accordId } })
        ?.accord?.viewerVotingOrganizations.length;
      if (voter) refetch({ query: AmendmentQuery, variables: { id: payload.amendmentId } });
      return;
    }
    // The event is the receipt: a ballot for an organization I represent is mine to keep.
    const me = cache.readQuery({ query: MeQuery })?.me;
    const represented = me?.memberships.some(
      (m) => m.role === 'REPRESENTATIVE' && m.organization.id === payload.organizationId,
    );
    if (represented)
      cache.updateQuery(
        { query: MyBallotReceiptsQuery, variables: { amendmentId: payload.amendmentId } },
        (mine) =>
          mine && !mine.myBallotReceipts.some((r) => r.seq === seq)
            ? {
                myBallotReceipts: [
                  {
                    __typename: 'BallotReceipt' as const,
                    accordId,
                    amendmentId: payload.amendmentId,
                    seq,
                    hash,
                    castAt: at,
                    organization: {
                      __typename: 'Organization' as const,
                      id: payload.organizationId,
                      name: payload.organizationName,
                    },
                  },
                  ...mine.myBallotReceipts,
                ],
              }
            : mine,
      );
    const id = amendmentRef(cache, payload.amendmentId);
    if (represented) keepMyBallot(cache, id, { ...payload, castAt: at });
    const votes = cache.readFragment({
      id,
      fragment: AmendmentVotesFragmentDoc,
      fragmentName: 'AmendmentVotes',
    });
    if (!votes) {
      // Not on screen with its ballots: the figures the event carries (the facilitator's list).
      setTally(cache, payload.amendmentId, { ...payload.tally });
      return;
    }
    const rule = cache.readFragment({
      id: cache.identify({ __typename: 'Accord', id: accordId }),
      fragment: AccordRuleFragmentDoc,
      fragmentName: 'AccordRule',
    })?.rule;
    const previous = votes.ballots.find((b) => b.organization.id === payload.organizationId);
    const ballot: Ballot = {
      __typename: 'Ballot',
      choice: payload.choice,
      explanation: payload.explanation,
      castAt: at,
      organization: {
        __typename: 'Organization',
        id: payload.organizationId,
        name: payload.organizationName,
        group: payload.group,
      },
      // A recorded vote keeps what it replaces: the party's changes, oldest first.
      changes: previous
        ? [
            ...previous.changes,
            {
              __typename: 'BallotChange',
              choice: previous.choice,
              explanation: previous.explanation,
              castAt: previous.castAt,
            },
          ]
        : [],
    };
    const replaced = previous !== undefined;
    const ballots = replaced
      ? votes.ballots.map((b) => (b.organization.id === payload.organizationId ? ballot : b))
      : [...votes.ballots, ballot];
    const tally = rule ? recount(ballots, votes.tally, rule) : null;
    if (tally && agrees(tally, payload.tally)) {
      cache.writeFragment({
        id,
        fragment: AmendmentVotesFragmentDoc,
        fragmentName: 'AmendmentVotes',
        data: { ...votes, ballots, tally },
      });
      return;
    }
    // The recount disagrees (the parties changed?): show the published figures, ask for the rest.
    setTally(cache, payload.amendmentId, { ...payload.tally });
    refetch({ query: AmendmentQuery, variables: { id: payload.amendmentId } });
  },

  'voting.opened': ({ payload, at }, { cache, accordId, refetch }) => {
    cache.modify({
      id: amendmentRef(cache, payload.amendmentId),
      fields: {
        status: () => 'VOTING',
        votingOpenedAt: () => at,
        closesAt: () => payload.closesAt,
      },
    });
    // A new round, an empty tally of every chamber, and a new line in the votes in progress.
    refetch({ query: AmendmentQuery, variables: { id: payload.amendmentId } });
    refetch({ query: VotesInProgressQuery, variables: { accordId } });
  },

  'voting.closed': ({ payload, at }, { cache, accordId, refetch }) => {
    cache.modify<CachedEntity>({
      id: amendmentRef(cache, payload.amendmentId),
      fields: {
        status: () => payload.outcome,
        closedAt: () => at,
        tally: () => tallyForCache(payload.tally),
        // Decided: an added article has its number now (its clause.versioned), or none.
        newArticle: () => null,
        votingRounds: endRunningRound(payload.outcome),
      },
    });
    leaveStatusLists(cache, accordId, payload.amendmentId, payload.outcome);
    // What it applied, and the round's own record, are the server's to say.
    refetch({ query: AmendmentQuery, variables: { id: payload.amendmentId } });
  },

  'voting.suspended': ({ payload }, { cache, accordId, refetch }) => {
    leaveStatusLists(cache, accordId, payload.amendmentId, 'CONFLICT');
    // Every page warns of a suspended vote: the accord's list, and the amendment itself.
    refetch({ query: AmendmentQuery, variables: { id: payload.amendmentId } });
    refetch({ query: AccordQuery, variables: { id: accordId } });
  },
} satisfies AccordEventHandlers;
