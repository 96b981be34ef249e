export type { BallotInput, ChamberTally, PartyInput, Tally } from './types.js';
export {
  applyBallotChange,
  countBallots,
  emptyBallotCounts,
  type BallotCounts,
  type ChoiceCounts,
  type PartiesPerGroup,
} from './ballot-counts.js';
export { computeTally, computeTallyFromCounts } from './tally.js';
export { validateDecisionRule } from './validation.js';
export { DEFAULT_SUPERMAJORITY } from './thresholds.js';
export { groupName, STAKEHOLDER_GROUPS } from './stakeholder-groups.js';
export {
  openTally,
  type PublishedChamber,
  type PublishedTally,
  revealsVotes,
  SECRET_BALLOT_MIN_CHAMBER,
  sealedTally,
  smallChambers,
} from './published-tally.js';
