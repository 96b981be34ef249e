import type { DecisionRuleInput, DecisionRuleKind, StakeholderGroup } from '../../data/gql/graphql';
import { groupLabels, groupOrder, knownFraction } from '../../ui/format';
import type { RuleView } from '../voting/rule-words';

/** What the facilitator typed: shares as text ("60", "60%", "2/3"), weights per group. */
export interface RuleDraft {
  kind: DecisionRuleKind;
  threshold: string;
  quorum: string;
  weights: Record<StakeholderGroup, string>;
  secretBallot: boolean;
  /** Organizations an amendment needs behind it before a vote, as typed; empty for no minimum. */
  minSponsors: string;
  /** Stakeholder groups those organizations must span, as typed; empty for no minimum. */
  minSponsorGroups: string;
}

export type RuleField =
  'threshold' | 'quorum' | `weight-${StakeholderGroup}` | 'minSponsors' | 'minSponsorGroups';
export type RuleErrors = Partial<Record<RuleField, string>>;

type WeightField = `weight-${StakeholderGroup}`;

const isWeightField = (field: RuleField): field is WeightField => field.startsWith('weight-');

/** A number of the draft as typed (a share, a weight or a minimum), by its field. */
export function fieldText(draft: RuleDraft, field: RuleField): string {
  return isWeightField(field)
    ? draft.weights[field.slice('weight-'.length) as StakeholderGroup]
    : draft[field];
}

/** The change to the draft when `field` is typed into. */
export function withFieldText(
  draft: RuleDraft,
  field: RuleField,
  text: string,
): Partial<RuleDraft> {
  if (!isWeightField(field)) return { [field]: text };
  const group = field.slice('weight-'.length) as StakeholderGroup;
  return { weights: { ...draft.weights, [group]: text } };
}

/** Rules that take a threshold; simple majority and consensus have none. */
export function takesThreshold(kind: DecisionRuleKind): boolean {
  return kind === 'QUALIFIED_MAJORITY' || kind === 'CHAMBERED' || kind === 'WEIGHTED';
}

/** 0.6667 → "2/3", 0.6 → "3/5", 0.55 → "55"; null → "". */
export function shareToText(share: number | null | undefined): string {
  if (share === null || share === undefined) return '';
  return knownFraction(share) ?? String(Number((share * 100).toFixed(2)));
}

/**
 * "60", "60%", "62.5 %" (a percentage) or "2/3" (a fraction) → a share between 0 and 1; null for
 * an empty field; an error sentence for anything else. A bare number below 1 is refused: "0.6"
 * could mean 60% or 0.6%, and the difference decides votes.
 */
export function parseShare(text: string): number | null | { error: string } {
  const value = text.trim();
  if (!value) return null;
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  if (fraction) {
    const denominator = Number(fraction[2]);
    if (denominator === 0) return { error: 'A fraction cannot divide by 0.' };
    return Number(fraction[1]) / denominator;
  }
  const [, digits, percentSign] = /^(\d+(?:[.,]\d+)?)\s*(%?)$/.exec(value) ?? [];
  if (digits === undefined) return { error: 'Write a percentage (60) or a fraction (2/3).' };
  const number = Number(digits.replace(',', '.'));
  if (!percentSign && number > 0 && number < 1)
    return {
      error: `Write ${Math.round(number * 100)} for ${Math.round(number * 100)}%, or a fraction.`,
    };
  return number / 100;
}

export function draftFromRule(rule: RuleView): RuleDraft {
  const weights = Object.fromEntries(
    groupOrder.map((group) => [
      group,
      String(rule.weights?.find((w) => w.group === group)?.weight ?? 1),
    ]),
  ) as Record<StakeholderGroup, string>;
  return {
    kind: rule.kind,
    threshold: takesThreshold(rule.kind) ? shareToText(rule.threshold) : '',
    quorum: shareToText(rule.quorum),
    weights,
    secretBallot: Boolean(rule.secretBallot),
    minSponsors: rule.minSponsors ? String(rule.minSponsors) : '',
    minSponsorGroups: rule.minSponsorGroups ? String(rule.minSponsorGroups) : '',
  };
}

/** The rule to send, or the problems with the draft, field by field, in words. */
export function readRuleDraft(
  draft: RuleDraft,
): { rule: DecisionRuleInput; errors: null } | { rule: null; errors: RuleErrors } {
  const errors: RuleErrors = {};
  let threshold: number | null = null;
  if (takesThreshold(draft.kind)) {
    const parsed = parseShare(draft.threshold);
    if (typeof parsed === 'object' && parsed !== null) errors.threshold = parsed.error;
    else if (parsed !== null && (parsed <= 0 || parsed > 1))
      errors.threshold = 'The threshold must be more than 0% and at most 100% of votes cast.';
    else threshold = parsed;
  }

  let quorum: number | null = null;
  const parsedQuorum = parseShare(draft.quorum);
  if (typeof parsedQuorum === 'object' && parsedQuorum !== null) errors.quorum = parsedQuorum.error;
  else if (parsedQuorum !== null && parsedQuorum > 1)
    errors.quorum = 'The quorum cannot be more than 100% of the parties.';
  else quorum = parsedQuorum;

  let weights: DecisionRuleInput['weights'] = null;
  if (draft.kind === 'WEIGHTED') {
    weights = groupOrder.map((group) => {
      const weight = Number(draft.weights[group].trim().replace(',', '.'));
      if (!draft.weights[group].trim() || !Number.isFinite(weight) || weight <= 0)
        errors[`weight-${group}`] =
          `The weight of ${groupLabels[group].toLowerCase()} must be a positive number.`;
      return { group, weight };
    });
  }

  const minSponsors = parseMinimum(draft.minSponsors, 100);
  if (typeof minSponsors === 'string')
    errors.minSponsors = `Sponsoring organizations: ${minSponsors}`;
  const minSponsorGroups = parseMinimum(draft.minSponsorGroups, groupOrder.length);
  if (typeof minSponsorGroups === 'string')
    errors.minSponsorGroups = `Stakeholder groups: ${minSponsorGroups}`;

  if (Object.keys(errors).length > 0) return { rule: null, errors };
  return {
    rule: {
      kind: draft.kind,
      threshold,
      quorum,
      weights,
      secretBallot: draft.secretBallot,
      ...(typeof minSponsors === 'number' && { minSponsors }),
      ...(typeof minSponsorGroups === 'number' && { minSponsorGroups }),
    },
    errors: null,
  };
}

/** A minimum typed as a whole number from 1 to `max`: the number, null when empty, else why not. */
function parseMinimum(text: string, max: number): number | null | string {
  const value = text.trim();
  if (!value) return null;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || number > max)
    return `write a whole number from 1 to ${max}, or leave it empty for no minimum.`;
  return number;
}
