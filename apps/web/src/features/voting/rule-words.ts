import type { DecisionRuleKind, StakeholderGroup } from '../../data/gql/graphql';
import { formatNumber, formatShare, groupLabels, groupOrder } from '../../ui/format';

export interface RuleView {
  kind: DecisionRuleKind;
  threshold?: number | null;
  quorum?: number | null;
  secretBallot?: boolean | null;
  weights?: { group: StakeholderGroup; weight: number }[] | null;
  minSponsors?: number | null;
  minSponsorGroups?: number | null;
}

export interface ChamberView {
  group: StakeholderGroup;
  /** Counts and verdict: null while a secret ballot is sealed. */
  for: number | null;
  against: number | null;
  abstain: number | null;
  eligible: number;
  passed: boolean | null;
  /** Parties of the chamber that cast any ballot, abstentions included. */
  voted?: number;
  quorumMet?: boolean;
  /** Under a secret ballot: fewer than three parties, so its count shows how they voted. */
  revealsVotes?: boolean;
}

/** Chambers in the order of the stakeholder groups, governments first. */
export const inGroupOrder = <C extends { group: StakeholderGroup }>(chambers: C[]): C[] =>
  [...chambers].sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group));

/**
 * The rule in a sentence, e.g. "Needs 2/3 of votes cast in every stakeholder chamber.", and what
 * an amendment needs behind it before its vote, when the rule asks for co-sponsors.
 */
export function describeRule(rule: RuleView): string {
  return describeMajority(rule) + describeSponsorMinimum(rule);
}

/** " Before a vote, an amendment needs 3 sponsoring organizations from 2 stakeholder groups." */
export function describeSponsorMinimum(rule: RuleView): string {
  const organizations = (rule.minSponsors ?? 0) > 1 ? rule.minSponsors! : null;
  const groups = (rule.minSponsorGroups ?? 0) > 1 ? rule.minSponsorGroups! : null;
  if (!organizations && !groups) return '';
  const who = organizations
    ? `${formatNumber(organizations)} sponsoring organizations (its sponsor and co-sponsors)`
    : 'sponsors (its sponsor and co-sponsors)';
  const spread = groups ? ` from ${formatNumber(groups)} stakeholder groups` : '';
  return ` Before a vote, an amendment needs ${who}${spread}.`;
}

function describeMajority(rule: RuleView): string {
  const quorum = rule.quorum ? ` Quorum: ${formatShare(rule.quorum)} of parties must vote.` : '';
  switch (rule.kind) {
    case 'SIMPLE_MAJORITY':
      return `Needs more votes for than against.${quorum}`;
    case 'QUALIFIED_MAJORITY':
      return `Needs ${formatShare(rule.threshold ?? 2 / 3)} of votes cast in favour.${quorum}`;
    case 'CONSENSUS':
      return `Needs consensus: one formal objection blocks adoption.${quorum}`;
    case 'CHAMBERED':
      return rule.threshold
        ? `Needs ${formatShare(rule.threshold)} of votes cast in every stakeholder chamber.${quorum.replace('of parties', 'of each chamber')}`
        : `Needs a majority in every stakeholder chamber.${quorum.replace('of parties', 'of each chamber')}`;
    case 'WEIGHTED': {
      const weights = (rule.weights ?? [])
        .map((w) => `${groupLabels[w.group].toLowerCase()} ×${formatNumber(w.weight)}`)
        .join(', ');
      return `Needs ${formatShare(rule.threshold ?? 2 / 3)} of weighted votes cast${weights ? ` (${weights})` : ''}.${quorum}`;
    }
  }
}

/** "needs 2/3 in every chamber: civil society 1 of 3" — where each chamber stands. */
export function describeChambers(rule: RuleView, chambers: ChamberView[]): string {
  const need =
    rule.kind === 'CHAMBERED'
      ? rule.threshold
        ? `needs ${formatShare(rule.threshold)} in every chamber`
        : 'needs a majority in every chamber'
      : 'by chamber';
  const parts = chambers.map(
    (c) =>
      `${groupLabels[c.group].toLowerCase()} ${formatNumber(c.for ?? 0)} of ${c.eligible}${c.passed ? ' ✓' : ''}`,
  );
  return parts.length ? `${need}: ${parts.join(', ')}` : need;
}

export function quorumProgress(
  rule: RuleView,
  tally: { cast: number; eligible: number; quorumMet?: boolean },
): { needed: number; met: boolean; text: string } {
  const share = rule.quorum ?? 0;
  const needed = Math.ceil(share * tally.eligible);
  const met = tally.quorumMet ?? tally.cast >= needed;
  const text = share
    ? `${tally.cast} of ${tally.eligible} parties have voted; quorum is ${needed} (${formatShare(share)})${met ? ' — met' : ''}.`
    : `${tally.cast} of ${tally.eligible} parties have voted; no quorum applies.`;
  return { needed, met, text };
}
