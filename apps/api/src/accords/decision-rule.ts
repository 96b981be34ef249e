import type { DecisionRule } from '@plenary/contracts';
import { validateDecisionRule } from '@plenary/decision-rules';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import type { DecisionRuleInput } from './dto/accord.args.js';

/** Normalises and checks a rule; the stored form has no undefined fields. */
export function toDecisionRule(input: DecisionRuleInput): DecisionRule {
  const rule: DecisionRule = {
    kind: input.kind,
    threshold: input.threshold ?? null,
    quorum: input.quorum ?? null,
    weights: input.weights?.map((w) => ({ group: w.group, weight: w.weight })) ?? null,
    secretBallot: input.secretBallot ?? false,
    // Only when set, so that rules without them keep the shape they always had.
    ...(input.minSponsors != null && { minSponsors: input.minSponsors }),
    ...(input.minSponsorGroups != null && { minSponsorGroups: input.minSponsorGroups }),
  };
  const problems = validateDecisionRule(rule);
  if (problems.length > 0) {
    throw new DomainError(
      DomainErrorCode.INVALID_DECISION_RULE,
      `Invalid decision rule: ${problems.join('; ')}`,
    );
  }
  return rule;
}
