// The accord's log: its event types and their payloads. The log feeds real time, catch-up,
// history and exports; `AccordEventPayloads` is the one source of their shapes.
import type {
  AccordCreatedPayload,
  AccordProposalWindowSetPayload,
  AccordRuleChangedPayload,
  MilestoneMarkedPayload,
  ParticipantAddedPayload,
} from './events/accords.js';
import type {
  CommentDeletedPayload,
  CommentEditedPayload,
  CommentPostedPayload,
} from './events/discussion.js';
import type {
  AmendmentConflictedPayload,
  AmendmentCosponsorAnsweredPayload,
  AmendmentCosponsorInvitedPayload,
  AmendmentProposedPayload,
  AmendmentRebasedPayload,
  AmendmentReexaminedPayload,
  AmendmentSupportPayload,
  AmendmentWithdrawnPayload,
  ClauseMovedPayload,
  ClauseRemovedPayload,
  ClauseSourceLinkedPayload,
  ClausesRenumberedPayload,
  ClauseVersionedPayload,
} from './events/drafting.js';
import type {
  IncidentAssessedPayload,
  IncidentRecordedPayload,
  IncidentRevisedPayload,
} from './events/incidents.js';
import type {
  MembershipEndedPayload,
  MembershipJoinedPayload,
  OrganizationVerificationRevokedPayload,
  OrganizationVerifiedPayload,
} from './events/identity.js';
import type {
  AccordDeclaredFinalPayload,
  AccordNewVersionStartedPayload,
  AccordPublishedPayload,
  AccordUnpublishedPayload,
  AccordVersionOfPayload,
  ImplementationReportedPayload,
  SignatureAddedPayload,
  SignatureWithdrawnPayload,
} from './events/signatories.js';
import type {
  BallotCastPayload,
  VotingClosedPayload,
  VotingOpenedPayload,
  VotingSuspendedPayload,
} from './events/voting.js';

export * from './events/accords.js';
export * from './events/discussion.js';
export * from './events/drafting.js';
export * from './events/identity.js';
export * from './events/incidents.js';
export * from './events/signatories.js';
export * from './events/voting.js';

/**
 * Every event type and its payload exactly as stored: after a JSON round trip (no undefined
 * fields, times as ISO strings). Payloads are hash-chained, so a shape never changes once
 * written: add a field or a new type, and old events keep their old form.
 */
export interface AccordEventPayloads {
  'accord.created': AccordCreatedPayload;
  'accord.ruleChanged': AccordRuleChangedPayload;
  'participant.added': ParticipantAddedPayload;
  'membership.joined': MembershipJoinedPayload;
  'membership.ended': MembershipEndedPayload;
  'organization.verified': OrganizationVerifiedPayload;
  'organization.verificationRevoked': OrganizationVerificationRevokedPayload;
  'amendment.proposed': AmendmentProposedPayload;
  'amendment.withdrawn': AmendmentWithdrawnPayload;
  'amendment.rebased': AmendmentRebasedPayload;
  'amendment.conflicted': AmendmentConflictedPayload;
  'voting.opened': VotingOpenedPayload;
  'ballot.cast': BallotCastPayload;
  'voting.closed': VotingClosedPayload;
  'clause.versioned': ClauseVersionedPayload;
  'clause.removed': ClauseRemovedPayload;
  'clause.moved': ClauseMovedPayload;
  'comment.posted': CommentPostedPayload;
  'comment.edited': CommentEditedPayload;
  'comment.deleted': CommentDeletedPayload;
  'clauses.renumbered': ClausesRenumberedPayload;
  'amendment.reexamined': AmendmentReexaminedPayload;
  'voting.suspended': VotingSuspendedPayload;
  'milestone.marked': MilestoneMarkedPayload;
  'amendment.cosponsorInvited': AmendmentCosponsorInvitedPayload;
  'amendment.cosponsorAnswered': AmendmentCosponsorAnsweredPayload;
  'amendment.supported': AmendmentSupportPayload;
  'amendment.supportWithdrawn': AmendmentSupportPayload;
  'accord.proposalWindowSet': AccordProposalWindowSetPayload;
  'incident.recorded': IncidentRecordedPayload;
  'incident.revised': IncidentRevisedPayload;
  'incident.assessed': IncidentAssessedPayload;
  'clause.sourceLinked': ClauseSourceLinkedPayload;
  'accord.declaredFinal': AccordDeclaredFinalPayload;
  'accord.newVersionStarted': AccordNewVersionStartedPayload;
  'accord.versionOf': AccordVersionOfPayload;
  'signature.added': SignatureAddedPayload;
  'signature.withdrawn': SignatureWithdrawnPayload;
  'implementation.reported': ImplementationReportedPayload;
  'accord.published': AccordPublishedPayload;
  'accord.unpublished': AccordUnpublishedPayload;
}

export type AccordEventType = keyof AccordEventPayloads;

/** The same types at run time (for validation and tests); checked against the map below. */
export const ACCORD_EVENT_TYPES = [
  'accord.created',
  'accord.ruleChanged',
  'participant.added',
  'membership.joined',
  'membership.ended',
  'organization.verified',
  'organization.verificationRevoked',
  'amendment.proposed',
  'amendment.withdrawn',
  'amendment.rebased',
  'amendment.conflicted',
  'voting.opened',
  'ballot.cast',
  'voting.closed',
  'clause.versioned',
  'clause.removed',
  'clause.moved',
  'comment.posted',
  'comment.edited',
  'comment.deleted',
  'clauses.renumbered',
  'amendment.reexamined',
  'voting.suspended',
  'milestone.marked',
  'amendment.cosponsorInvited',
  'amendment.cosponsorAnswered',
  'amendment.supported',
  'amendment.supportWithdrawn',
  'accord.proposalWindowSet',
  'incident.recorded',
  'incident.revised',
  'incident.assessed',
  'clause.sourceLinked',
  'accord.declaredFinal',
  'accord.newVersionStarted',
  'accord.versionOf',
  'signature.added',
  'signature.withdrawn',
  'implementation.reported',
  'accord.published',
  'accord.unpublished',
] as const satisfies readonly AccordEventType[];

// Fails to compile when a type of the map is missing from the list (`satisfies` catches extras).
type Unlisted = Exclude<AccordEventType, (typeof ACCORD_EVENT_TYPES)[number]>;
const _everyTypeListed: [Unlisted] extends [never] ? true : Unlisted = true;

/** One entry of the event log as clients and exports see it, of any type. */
export interface AccordEventRecord {
  accordId: string;
  seq: number;
  /** An AccordEventType; typed as string so that logs from newer servers still parse. */
  type: string;
  at: string;
  actorId: string | null;
  payload: unknown;
  prevHash: string;
  hash: string;
}

/** An entry of the log of one known type, with its payload. */
export interface AccordEventRecordOf<T extends AccordEventType> extends Omit<
  AccordEventRecord,
  'type' | 'payload'
> {
  type: T;
  payload: AccordEventPayloads[T];
}

/** Any known entry of the log: a `switch (event.type)` narrows its payload. */
export type AccordEvent = { [T in AccordEventType]: AccordEventRecordOf<T> }[AccordEventType];

/** A known type with its payload, for whatever carries the two (a record, a GraphQL row). */
export type AccordEventBody = {
  [T in AccordEventType]: { type: T; payload: AccordEventPayloads[T] };
}[AccordEventType];

const knownTypes: ReadonlySet<string> = new Set(ACCORD_EVENT_TYPES);

export const isAccordEventType = (type: string): type is AccordEventType => knownTypes.has(type);

/**
 * Narrows an entry read from a log (an AccordEventRecord, an export, a GraphQL row) to a known
 * type and its payload; false for types added by a newer server. The payload is trusted as
 * written by the server (its shape is not checked here).
 */
export function isKnownAccordEvent<E extends { type: string; payload: unknown }>(
  event: E,
): event is E & AccordEventBody {
  return isAccordEventType(event.type);
}
