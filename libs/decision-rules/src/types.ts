import type { BallotChoice, StakeholderGroup } from '@plenary/contracts';

/** An organization that is a party to the accord (observers are not parties and never vote). */
export interface PartyInput {
  organizationId: string;
  group: StakeholderGroup;
  name?: string;
}

/** The current ballot of one organization on one amendment. */
export interface BallotInput {
  organizationId: string;
  choice: BallotChoice;
}

/** The tally within one stakeholder group ("chamber"). */
export interface ChamberTally {
  group: StakeholderGroup;
  /** Plain counts, except under WEIGHTED where they are multiplied by the group's weight. */
  for: number;
  against: number;
  abstain: number;
  /** Parties in this group. */
  eligible: number;
  /** Parties in this group that returned any ballot, abstentions included. */
  voted: number;
  /**
   * Under CHAMBERED: this chamber's own verdict (quorum and majority/threshold).
   * Under other rules: informative only — whether this chamber alone has more for than against.
   */
  passed: boolean;
  /** Whether this chamber's turnout meets the rule's quorum (informative outside CHAMBERED). */
  quorumMet: boolean;
}

export interface Tally {
  /** Totals; weighted under WEIGHTED (abstentions too), plain counts otherwise. */
  for: number;
  against: number;
  abstain: number;
  /** Number of parties. */
  eligible: number;
  /**
   * Number of parties that returned any ballot (FOR, AGAINST or ABSTAIN): turnout, shown as
   * quorum progress. Not the "votes cast" of a threshold, which is FOR + AGAINST.
   */
  cast: number;
  /** One entry per stakeholder group that has parties, in the enum's order. */
  chambers: ChamberTally[];
  /** Under CHAMBERED: every chamber meets its quorum. Otherwise: overall turnout meets the quorum. */
  quorumMet: boolean;
  passed: boolean;
  /** One sentence naming what decides, e.g. "Fails: civil society chamber 2 for, 3 against." */
  explanation: string;
}
