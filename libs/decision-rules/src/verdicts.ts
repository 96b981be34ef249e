import { DecisionRuleKind, type DecisionRule, type StakeholderGroup } from '@plenary/contracts';
import { assertNever } from './exhaustive.js';
import { DEFAULT_SUPERMAJORITY, meetsThreshold, quorumNeeded } from './thresholds.js';

/** What a chamber brings to a verdict: votes (weighted under WEIGHTED) and turnout (parties). */
export interface ChamberFigures {
  group: StakeholderGroup;
  for: number;
  against: number;
  abstain: number;
  eligible: number;
  voted: number;
}

export interface ChamberVerdict extends ChamberFigures {
  /** Ballots needed in this chamber for its quorum. */
  needed: number;
  quorumMet: boolean;
  /** CHAMBERED: the threshold or FOR > AGAINST; other rules: FOR > AGAINST (informative). */
  majorityMet: boolean;
  /** CHAMBERED: quorum and majority; other rules: same as majorityMet. */
  passed: boolean;
}

/** Why an amendment passes or fails, before it is put into words. */
export type Verdict =
  | { decidedBy: 'NO_PARTIES'; passed: false }
  | { decidedBy: 'QUORUM'; passed: false; voted: number; eligible: number; needed: number }
  | { decidedBy: 'NO_VOTES_CAST'; passed: false }
  | { decidedBy: 'SIMPLE_MAJORITY'; passed: boolean; for: number; against: number; abstain: number }
  | {
      decidedBy: 'QUALIFIED_MAJORITY';
      passed: boolean;
      for: number;
      cast: number;
      threshold: number;
    }
  | { decidedBy: 'CONSENSUS'; passed: boolean; for: number; against: number; abstain: number }
  | {
      decidedBy: 'CHAMBERED';
      passed: boolean;
      /** null: each chamber needs more for than against. */
      threshold: number | null;
      chambers: ChamberVerdict[];
    }
  | { decidedBy: 'WEIGHTED'; passed: boolean; for: number; against: number; threshold: number };

function chamberThreshold(rule: DecisionRule): number | null {
  return rule.threshold ?? null;
}

function supermajority(rule: DecisionRule): number {
  return rule.threshold ?? DEFAULT_SUPERMAJORITY;
}

/** Judges one chamber on its own; its quorum is a share of the chamber's parties. */
export function judgeChamber(rule: DecisionRule, chamber: ChamberFigures): ChamberVerdict {
  const needed = quorumNeeded(rule.quorum, chamber.eligible);
  const quorumMet = chamber.voted >= needed;
  const threshold = rule.kind === DecisionRuleKind.CHAMBERED ? chamberThreshold(rule) : null;
  const majorityMet =
    threshold === null
      ? chamber.for > chamber.against
      : meetsThreshold(chamber.for, chamber.for + chamber.against, threshold);
  const passed = rule.kind === DecisionRuleKind.CHAMBERED ? quorumMet && majorityMet : majorityMet;
  return { ...chamber, needed, quorumMet, majorityMet, passed };
}

function sum(chambers: readonly ChamberFigures[], pick: (c: ChamberFigures) => number): number {
  return chambers.reduce((total, chamber) => total + pick(chamber), 0);
}

interface Totals {
  for: number;
  against: number;
  abstain: number;
}

/** Obstacles shared by the whole-body rules: turnout below quorum, or everyone abstained. */
function wholeBodyObstacle(
  rule: DecisionRule,
  chambers: readonly ChamberVerdict[],
  totals: Totals,
): Verdict | null {
  const eligible = sum(chambers, (c) => c.eligible);
  const voted = sum(chambers, (c) => c.voted);
  const needed = quorumNeeded(rule.quorum, eligible);
  if (voted < needed) return { decidedBy: 'QUORUM', passed: false, voted, eligible, needed };
  if (totals.for + totals.against === 0) return { decidedBy: 'NO_VOTES_CAST', passed: false };
  return null;
}

function decideChambered(
  rule: DecisionRule,
  chambers: readonly ChamberVerdict[],
  totals: Totals,
): Verdict {
  // Each chamber has its own quorum; an empty ballot box everywhere reads better as one sentence.
  if (chambers.every((c) => c.quorumMet) && totals.for + totals.against === 0) {
    return { decidedBy: 'NO_VOTES_CAST', passed: false };
  }
  return {
    decidedBy: 'CHAMBERED',
    passed: chambers.every((c) => c.passed),
    threshold: chamberThreshold(rule),
    chambers: [...chambers],
  };
}

/**
 * Applies the accord's decision rule to chambers already judged by `judgeChamber`. Order of
 * reasons: no parties, then quorum, then "no votes cast" (everyone abstained), then the rule
 * itself — so the explanation names the first obstacle.
 */
export function decide(rule: DecisionRule, chambers: readonly ChamberVerdict[]): Verdict {
  if (sum(chambers, (c) => c.eligible) === 0) return { decidedBy: 'NO_PARTIES', passed: false };
  const totals: Totals = {
    for: sum(chambers, (c) => c.for),
    against: sum(chambers, (c) => c.against),
    abstain: sum(chambers, (c) => c.abstain),
  };

  switch (rule.kind) {
    case DecisionRuleKind.CHAMBERED:
      return decideChambered(rule, chambers, totals);
    case DecisionRuleKind.SIMPLE_MAJORITY:
      return (
        wholeBodyObstacle(rule, chambers, totals) ?? {
          decidedBy: 'SIMPLE_MAJORITY',
          passed: totals.for > totals.against,
          ...totals,
        }
      );
    case DecisionRuleKind.QUALIFIED_MAJORITY: {
      const threshold = supermajority(rule);
      const cast = totals.for + totals.against;
      return (
        wholeBodyObstacle(rule, chambers, totals) ?? {
          decidedBy: 'QUALIFIED_MAJORITY',
          passed: meetsThreshold(totals.for, cast, threshold),
          for: totals.for,
          cast,
          threshold,
        }
      );
    }
    case DecisionRuleKind.CONSENSUS:
      // A single formal objection blocks; abstaining is how a party stands aside.
      return (
        wholeBodyObstacle(rule, chambers, totals) ?? {
          decidedBy: 'CONSENSUS',
          passed: totals.against === 0 && totals.for > 0,
          ...totals,
        }
      );
    case DecisionRuleKind.WEIGHTED: {
      // Totals are already weighted; quorum above still counted parties, not weight.
      const threshold = supermajority(rule);
      return (
        wholeBodyObstacle(rule, chambers, totals) ?? {
          decidedBy: 'WEIGHTED',
          passed: meetsThreshold(totals.for, totals.for + totals.against, threshold),
          for: totals.for,
          against: totals.against,
          threshold,
        }
      );
    }
    default:
      return assertNever(rule.kind);
  }
}
