// Payloads of the accord's own events, as stored in the log.
import type { DecisionRule, ParticipantRole, StakeholderGroup } from '../enums.js';

/** `accord.created`: always seq 1. */
export interface AccordCreatedPayload {
  title: string;
  preamble: string | null;
  rule: DecisionRule;
  facilitatorId: string;
}

/** `accord.ruleChanged`: only before any vote has opened. */
export interface AccordRuleChangedPayload {
  rule: DecisionRule;
}

/** `accord.proposalWindowSet`: when amendments may be proposed (ISO times; null: no limit). */
export interface AccordProposalWindowSetPayload {
  opensAt: string | null;
  closesAt: string | null;
}

/** `participant.added`: the organization as it was when it joined. */
export interface ParticipantAddedPayload {
  organizationId: string;
  organizationName: string;
  group: StakeholderGroup;
  role: ParticipantRole;
  verified: boolean;
}

/** `milestone.marked`: the facilitator named the text as it stands (the event's own seq). */
export interface MilestoneMarkedPayload {
  milestoneId: string;
  name: string;
}
