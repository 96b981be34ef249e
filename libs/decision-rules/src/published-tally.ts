import type { PublishedTally, StakeholderGroup } from '@plenary/contracts';
import type { PartiesPerGroup } from './ballot-counts.js';
import { STAKEHOLDER_GROUPS } from './stakeholder-groups.js';
import type { Tally } from './types.js';

// The published shapes are contracts: events and the GraphQL schema carry them.
export type { PublishedChamber, PublishedTally } from '@plenary/contracts';

/**
 * Under a secret ballot a chamber's count is published at the close. With fewer parties than
 * this, the count gives their votes away: a chamber of one shows its party's choice, a chamber
 * of two shows both whenever they agree.
 */
export const SECRET_BALLOT_MIN_CHAMBER = 3;

/** A chamber (a group with parties) too small for its count to keep a secret ballot secret. */
export const revealsVotes = (parties: number): boolean =>
  parties > 0 && parties < SECRET_BALLOT_MIN_CHAMBER;

/** Groups with parties but fewer than SECRET_BALLOT_MIN_CHAMBER, in the enum's order. */
export function smallChambers(
  partiesPerGroup: PartiesPerGroup,
): { group: StakeholderGroup; parties: number }[] {
  return STAKEHOLDER_GROUPS.filter((group) => revealsVotes(partiesPerGroup[group] ?? 0)).map(
    (group) => ({ group, parties: partiesPerGroup[group]! }),
  );
}

/** A tally whose counts are public: recorded votes, or a secret ballot after its close. */
export function openTally(tally: Tally, secret: boolean): PublishedTally {
  return {
    sealed: false,
    for: tally.for,
    against: tally.against,
    abstain: tally.abstain,
    eligible: tally.eligible,
    cast: tally.cast,
    quorumMet: tally.quorumMet,
    passed: tally.passed,
    explanation: tally.explanation,
    chambers: tally.chambers.map((c) => ({
      group: c.group,
      for: c.for,
      against: c.against,
      abstain: c.abstain,
      eligible: c.eligible,
      voted: c.voted,
      quorumMet: c.quorumMet,
      passed: c.passed,
      revealsVotes: secret && revealsVotes(c.eligible),
    })),
  };
}

/**
 * What a secret ballot shows before its close: how many parties of each chamber have voted, and
 * whether that meets the quorum — all of it a function of turnout alone, never of a choice.
 * `ended`: the vote stopped without a close (the amendment was withdrawn), so it never opens.
 */
export function sealedTally(
  turnout: Pick<Tally, 'eligible' | 'cast' | 'quorumMet'> & {
    chambers: Pick<Tally['chambers'][number], 'group' | 'eligible' | 'voted' | 'quorumMet'>[];
  },
  ended = false,
): PublishedTally {
  const { cast, eligible } = turnout;
  const parties = `${cast} of ${eligible} ${eligible === 1 ? 'party' : 'parties'}`;
  return {
    sealed: true,
    for: null,
    against: null,
    abstain: null,
    eligible,
    cast,
    quorumMet: turnout.quorumMet,
    passed: null,
    explanation: ended
      ? `Secret ballot: ${parties} had voted when the vote ended without a close; the counts stay sealed.`
      : `Secret ballot: ${parties} ${cast === 1 ? 'has' : 'have'} voted; the counts are revealed when the vote closes.`,
    chambers: turnout.chambers.map((c) => ({
      group: c.group,
      for: null,
      against: null,
      abstain: null,
      eligible: c.eligible,
      voted: c.voted,
      quorumMet: c.quorumMet,
      passed: null,
      revealsVotes: revealsVotes(c.eligible),
    })),
  };
}
