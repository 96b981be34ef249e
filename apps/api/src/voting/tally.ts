import type { DecisionRule } from '@plenary/contracts';
import { computeTallyFromCounts, type PartiesPerGroup, type Tally } from '@plenary/decision-rules';
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

/** The part of a tally that goes into events: enough for clients to update without a query. */
export const tallySummary = (tally: Tally) => ({
  for: tally.for,
  against: tally.against,
  abstain: tally.abstain,
  cast: tally.cast,
  eligible: tally.eligible,
  passed: tally.passed,
  explanation: tally.explanation,
});
