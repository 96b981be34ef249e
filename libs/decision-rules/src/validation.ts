import { DecisionRuleKind, type DecisionRule } from '@plenary/contracts';
import { assertNever } from './exhaustive.js';
import { groupName } from './stakeholder-groups.js';

function ruleName(kind: DecisionRuleKind): string {
  switch (kind) {
    case DecisionRuleKind.SIMPLE_MAJORITY:
      return 'simple majority';
    case DecisionRuleKind.QUALIFIED_MAJORITY:
      return 'qualified majority';
    case DecisionRuleKind.CONSENSUS:
      return 'consensus';
    case DecisionRuleKind.CHAMBERED:
      return 'chambered';
    case DecisionRuleKind.WEIGHTED:
      return 'weighted';
    default:
      return assertNever(kind);
  }
}

/** Whether the rule accepts a threshold: simple majority and consensus have none. */
function takesThreshold(kind: DecisionRuleKind): boolean {
  switch (kind) {
    case DecisionRuleKind.SIMPLE_MAJORITY:
    case DecisionRuleKind.CONSENSUS:
      return false;
    case DecisionRuleKind.QUALIFIED_MAJORITY:
    case DecisionRuleKind.CHAMBERED:
    case DecisionRuleKind.WEIGHTED:
      return true;
    default:
      return assertNever(kind);
  }
}

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/**
 * Problems with a decision rule, in words a negotiator can act on; empty when the rule is valid.
 * The tally assumes a valid rule, so the API rejects invalid ones (BAD_USER_INPUT) before storing.
 */
export function validateDecisionRule(rule: DecisionRule): string[] {
  const problems: string[] = [];
  const name = ruleName(rule.kind);

  if (present(rule.threshold)) {
    if (!takesThreshold(rule.kind)) {
      problems.push(`A ${name} rule has no threshold; leave it empty.`);
    } else if (!Number.isFinite(rule.threshold) || rule.threshold <= 0 || rule.threshold > 1) {
      problems.push(
        `The threshold must be more than 0 and at most 1 (a share of votes cast), got ${rule.threshold}.`,
      );
    }
  }

  if (
    present(rule.quorum) &&
    (!Number.isFinite(rule.quorum) || rule.quorum < 0 || rule.quorum > 1)
  ) {
    problems.push(`The quorum must be between 0 and 1 (a share of parties), got ${rule.quorum}.`);
  }

  if (present(rule.weights) && rule.weights.length > 0) {
    if (rule.kind !== DecisionRuleKind.WEIGHTED) {
      problems.push(`Weights apply only to a weighted rule, not to a ${name} rule.`);
    }
    const seen = new Set<string>();
    for (const { group, weight } of rule.weights) {
      if (!Number.isFinite(weight) || weight <= 0) {
        problems.push(
          `The weight of ${groupName(group)} must be a positive number, got ${weight}.`,
        );
      }
      if (seen.has(group))
        problems.push(`The weight of ${groupName(group)} is given more than once.`);
      seen.add(group);
    }
  }

  for (const [value, what] of [
    [rule.minSponsors, 'minimum of sponsoring organizations'],
    [rule.minSponsorGroups, 'minimum of sponsoring stakeholder groups'],
  ] as const) {
    if (present(value) && (!Number.isInteger(value) || value < 1)) {
      problems.push(`The ${what} must be a whole number of at least 1, got ${value}.`);
    }
  }

  return problems;
}
