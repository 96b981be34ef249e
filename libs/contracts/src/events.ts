// Event types appended to an accord's log; the log feeds real time, catch-up and history.
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
] as const;

export type AccordEventType = (typeof ACCORD_EVENT_TYPES)[number];

/** One entry of the event log as clients and exports see it. */
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

/** Payload of `clauses.renumbered`: every number that changed, in the order of the text. */
export interface ClausesRenumberedPayload {
  changes: { clauseId: string; from: string; to: string }[];
}
