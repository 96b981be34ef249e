import { AmendmentStatus, type DecisionRule, type TallySummary } from '@plenary/contracts';
import {
  computeTallyFromCounts,
  openTally,
  type PartiesPerGroup,
  type PublishedTally,
  sealedTally,
  type Tally,
} from '@plenary/decision-rules';
import type { AmendmentEntity } from '../drafting/amendment.entity.js';

/**
 * The tally of an amendment: frozen at the close, otherwise computed from the counts kept in
 * each ballot's transaction — the same cost at 10 or 10,000 ballots.
 */
export function tallyOf(
  amendment: Pick<AmendmentEntity, 'ballotCounts' | 'finalTally'>,
  partiesPerGroup: PartiesPerGroup,
  rule: DecisionRule,
): Tally {
  if (amendment.finalTally) return amendment.finalTally;
  return computeTallyFromCounts(partiesPerGroup, amendment.ballotCounts, rule);
}

/**
 * The tally as anyone may read it. A secret ballot shows turnout only until a close decides it;
 * a vote that ends otherwise (withdrawn, or suspended because its clause changed under it, to be
 * voted again after a rebase) never opens its counts.
 */
export function publishedTallyOf(
  amendment: Pick<AmendmentEntity, 'ballotCounts' | 'finalTally' | 'status'>,
  partiesPerGroup: PartiesPerGroup,
  rule: DecisionRule,
): PublishedTally {
  const decided =
    amendment.status === AmendmentStatus.ADOPTED || amendment.status === AmendmentStatus.REJECTED;
  return publishedFinalTally(tallyOf(amendment, partiesPerGroup, rule), rule, {
    decided,
    ended: amendment.finalTally !== null,
  });
}

/**
 * A vote's tally as anyone may read it: whole when the ballots are public or a close decided
 * the vote; under a secret ballot otherwise, turnout only (`ended`: for good).
 */
export function publishedFinalTally(
  tally: Tally,
  rule: DecisionRule,
  vote: { decided: boolean; ended: boolean },
): PublishedTally {
  const secret = rule.secretBallot === true;
  if (!secret || vote.decided) return openTally(tally, secret);
  return sealedTally(tally, vote.ended);
}

/** The part of a tally that goes into events: enough for clients to update without a query. */
export const tallySummary = (tally: Tally): TallySummary => ({
  for: tally.for,
  against: tally.against,
  abstain: tally.abstain,
  cast: tally.cast,
  eligible: tally.eligible,
  passed: tally.passed,
  explanation: tally.explanation,
});

/** The final tally as the voting.closed event carries it: counts chamber by chamber. */
export const finalTallySummary = (tally: Tally, rule: DecisionRule): PublishedTally =>
  openTally(tally, rule.secretBallot === true);
