// Payloads of the voting events.
import type { BallotChoice, StakeholderGroup } from '../enums.js';
import type { PublishedTally, TallySummary } from '../tally.js';
import type { AmendmentConflictReason } from './drafting.js';

export interface VotingOpenedPayload {
  amendmentId: string;
  /** ISO time of the deadline; null: the facilitator closes it. */
  closesAt: string | null;
  /** 1 for the first vote on the amendment, then one more after each suspension. */
  round: number;
}

/**
 * `ballot.cast`: with who voted what and the tally after it; a secret ballot only with turnout,
 * and without its actor (counts after each ballot would give its choice away by difference).
 */
export type BallotCastPayload =
  | {
      amendmentId: string;
      organizationId: string;
      organizationName: string;
      group: StakeholderGroup;
      /** It replaced an earlier ballot of the organization. */
      changed: boolean;
      choice: BallotChoice;
      explanation: string | null;
      tally: TallySummary;
      secret?: never;
    }
  | { amendmentId: string; secret: true; tally: PublishedTally };

export interface VotingClosedPayload {
  amendmentId: string;
  outcome: 'ADOPTED' | 'REJECTED';
  /** Counts chamber by chamber, a secret ballot's included: a close opens them. */
  tally: PublishedTally;
}

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
