/** Used by QUALIFIED_MAJORITY and WEIGHTED when the rule sets no threshold. */
export const DEFAULT_SUPERMAJORITY = 2 / 3;

// Thresholds are stored with 4 decimals, so 0.6667 stands for two thirds and 2 of 3 must pass.
const THRESHOLD_PRECISION = 0.00005;
// Weighted sums are floats; a rounding error must not flip an exact boundary.
const FLOAT_EPSILON = 1e-9;

/**
 * Whether `forVotes` reach `threshold` of `cast` (= FOR + AGAINST). Needs at least one vote for,
 * so a threshold is never met by an empty ballot box.
 */
export function meetsThreshold(forVotes: number, cast: number, threshold: number): boolean {
  return (
    forVotes > 0 &&
    forVotes + FLOAT_EPSILON * Math.max(1, cast) >= (threshold - THRESHOLD_PRECISION) * cast
  );
}

/**
 * How many parties must return a ballot (abstentions count) for `quorum` (a share of `eligible`)
 * to be met. A missing or zero quorum means none applies; 0.6667 of 3 parties needs 2.
 */
export function quorumNeeded(quorum: number | null | undefined, eligible: number): number {
  if (quorum === null || quorum === undefined || !(quorum > 0)) return 0;
  // Same 4-decimal reading as thresholds: a quorum of 0.6667 means two thirds.
  return Math.max(0, Math.ceil((quorum - THRESHOLD_PRECISION) * eligible - FLOAT_EPSILON));
}
