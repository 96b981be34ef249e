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
  'amendment.reexamined',
  'voting.suspended',
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

/** Why an amendment no longer applies to the current text of its clause. */
export type AmendmentConflictReason = 'TEXT_OVERLAP' | 'HEADING_OVERLAP' | 'CLAUSE_REMOVED';

/**
 * `amendment.reexamined`: the clause of an undecided amendment changed. Either it still applies
 * (a MODIFY then carries the clause as it would now leave it, merged onto version `onto`), or it
 * went into CONFLICT.
 */
export type AmendmentReexaminedPayload = {
  amendmentId: string;
  clauseId: string;
  /** The clause version it was examined against; null when the clause was removed. */
  onto: number | null;
} & (
  | {
      outcome: 'APPLIES';
      merged: { heading: string | null; text: string; force: string } | null;
    }
  | { outcome: 'CONFLICT'; reason: AmendmentConflictReason }
);

/** `voting.suspended`: a running vote stopped, neither closed nor counted, its ballots kept. */
export interface VotingSuspendedPayload {
  amendmentId: string;
  clauseId: string;
  round: number;
  reason: AmendmentConflictReason;
  /** The tally when it stopped, frozen; under a secret ballot, turnout only (counts null). */
  tally: {
    for: number | null;
    against: number | null;
    abstain: number | null;
    cast: number;
    eligible: number;
    passed: boolean | null;
    explanation: string;
  };
}
