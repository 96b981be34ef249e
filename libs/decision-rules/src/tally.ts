import { DecisionRuleKind, type DecisionRule, type StakeholderGroup } from '@plenary/contracts';
import { countBallots, type BallotCounts, type PartiesPerGroup } from './ballot-counts.js';
import { explain } from './explanation.js';
import { STAKEHOLDER_GROUPS } from './stakeholder-groups.js';
import { quorumNeeded } from './thresholds.js';
import type { BallotInput, ChamberTally, PartyInput, Tally } from './types.js';
import { decide, judgeChamber, type ChamberFigures, type ChamberVerdict } from './verdicts.js';

/** Under WEIGHTED, a group's weight; a group the rule does not mention counts 1. */
function weightOf(rule: DecisionRule, group: StakeholderGroup): number {
  if (rule.kind !== DecisionRuleKind.WEIGHTED) return 1;
  return rule.weights?.find((w) => w.group === group)?.weight ?? 1;
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
  }
}

/** Chambers with parties, in the enum's order; groups without parties are left out. */
function chamberFigures(
  partiesPerGroup: PartiesPerGroup,
  counts: Partial<BallotCounts>,
  rule: DecisionRule,
): ChamberFigures[] {
  const chambers: ChamberFigures[] = [];
  for (const group of STAKEHOLDER_GROUPS) {
    const eligible = partiesPerGroup[group] ?? 0;
    assertCount(eligible, `Parties of ${group}`);
    if (eligible === 0) continue;
    const { for: forCount, against, abstain } = counts[group] ?? { for: 0, against: 0, abstain: 0 };
    assertCount(forCount, `FOR ballots of ${group}`);
    assertCount(against, `AGAINST ballots of ${group}`);
    assertCount(abstain, `ABSTAIN ballots of ${group}`);
    const voted = forCount + against + abstain;
    if (voted > eligible) {
      // Stored counts drifted from the parties (e.g. a party left without its ballot withdrawn).
      throw new RangeError(`${voted} ballots in ${group} but only ${eligible} parties`);
    }
    const weight = weightOf(rule, group);
    chambers.push({
      group,
      for: forCount * weight,
      against: against * weight,
      abstain: abstain * weight,
      eligible,
      voted,
    });
  }
  return chambers;
}

function toChamberTally(chamber: ChamberVerdict): ChamberTally {
  return {
    group: chamber.group,
    for: chamber.for,
    against: chamber.against,
    abstain: chamber.abstain,
    eligible: chamber.eligible,
    voted: chamber.voted,
    passed: chamber.passed,
    quorumMet: chamber.quorumMet,
  };
}

function total(chambers: readonly ChamberVerdict[], pick: (c: ChamberVerdict) => number): number {
  return chambers.reduce((sum, chamber) => sum + pick(chamber), 0);
}

/**
 * Tally from stored per-group counts, without reading every ballot. Groups with no parties are
 * left out even if counts mention them. Throws a RangeError when counts are not non-negative
 * integers or exceed a group's parties, since the verdict would then be meaningless.
 */
export function computeTallyFromCounts(
  partiesPerGroup: PartiesPerGroup,
  counts: Partial<BallotCounts>,
  rule: DecisionRule,
): Tally {
  const chambers = chamberFigures(partiesPerGroup, counts, rule).map((c) => judgeChamber(rule, c));
  const verdict = decide(rule, chambers);
  const eligible = total(chambers, (c) => c.eligible);
  const cast = total(chambers, (c) => c.voted);
  const quorumMet =
    rule.kind === DecisionRuleKind.CHAMBERED
      ? chambers.every((c) => c.quorumMet)
      : cast >= quorumNeeded(rule.quorum, eligible);
  return {
    for: total(chambers, (c) => c.for),
    against: total(chambers, (c) => c.against),
    abstain: total(chambers, (c) => c.abstain),
    eligible,
    cast,
    chambers: chambers.map(toChamberTally),
    quorumMet,
    passed: verdict.passed,
    explanation: explain(verdict),
  };
}

/**
 * Tally of an amendment's ballots under the accord's decision rule. Ballots from organizations
 * that are not parties are ignored; if an organization has several ballots, the last one wins.
 * Built on the counts path so both always agree.
 */
export function computeTally(
  parties: readonly PartyInput[],
  ballots: readonly BallotInput[],
  rule: DecisionRule,
): Tally {
  const { partiesPerGroup, counts } = countBallots(parties, ballots);
  return computeTallyFromCounts(partiesPerGroup, counts, rule);
}
