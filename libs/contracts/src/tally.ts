// Tallies as they leave the server: in events, the GraphQL schema and exports.
import type { StakeholderGroup } from './enums.js';

export interface PublishedChamber {
  group: StakeholderGroup;
  /** Null while a secret ballot is sealed. */
  for: number | null;
  against: number | null;
  abstain: number | null;
  eligible: number;
  voted: number;
  quorumMet: boolean;
  /** Null while a secret ballot is sealed. */
  passed: boolean | null;
  /** Under a secret ballot: fewer than three parties, so the count at the close shows their votes. */
  revealsVotes: boolean;
}

/** A tally as anyone may read it: whole, or, while a secret ballot is open, turnout only. */
export interface PublishedTally {
  sealed: boolean;
  for: number | null;
  against: number | null;
  abstain: number | null;
  eligible: number;
  cast: number;
  quorumMet: boolean;
  passed: boolean | null;
  explanation: string;
  chambers: PublishedChamber[];
}

/** The part of a tally that `ballot.cast` carries: enough for clients to update without a query. */
export interface TallySummary {
  for: number;
  against: number;
  abstain: number;
  cast: number;
  eligible: number;
  passed: boolean;
  explanation: string;
}
