import { BallotChoice, type StakeholderGroup } from '@plenary/contracts';
import { assertNever } from './exhaustive.js';
import { STAKEHOLDER_GROUPS } from './stakeholder-groups.js';
import type { BallotInput, PartyInput } from './types.js';

/** Ballots returned within one stakeholder group. Plain counts of organizations, never weighted. */
export interface ChoiceCounts {
  for: number;
  against: number;
  abstain: number;
}

/**
 * Per-group ballot counts for one amendment. The API stores these next to the amendment and keeps
 * them current with `applyBallotChange` inside the ballot's transaction, so a verdict never needs
 * to read every ballot.
 */
export type BallotCounts = Record<StakeholderGroup, ChoiceCounts>;

/** Number of parties per stakeholder group; a missing group has no parties. */
export type PartiesPerGroup = Partial<Record<StakeholderGroup, number>>;

export function emptyBallotCounts(): BallotCounts {
  const counts = {} as BallotCounts;
  for (const group of STAKEHOLDER_GROUPS) counts[group] = { for: 0, against: 0, abstain: 0 };
  return counts;
}

function choiceKey(choice: BallotChoice): keyof ChoiceCounts {
  switch (choice) {
    case BallotChoice.FOR:
      return 'for';
    case BallotChoice.AGAINST:
      return 'against';
    case BallotChoice.ABSTAIN:
      return 'abstain';
    default:
      return assertNever(choice);
  }
}

/** Copies counts, filling groups missing from stored data (e.g. a group added to the enum later). */
function copyCounts(counts: Partial<BallotCounts>): BallotCounts {
  const copy = emptyBallotCounts();
  for (const group of STAKEHOLDER_GROUPS) {
    const chamber = counts[group];
    if (chamber)
      copy[group] = { for: chamber.for, against: chamber.against, abstain: chamber.abstain };
  }
  return copy;
}

/**
 * Returns new counts after one organization of `group` changed its ballot: `previousChoice` is null
 * for a first ballot, `nextChoice` is null when a ballot is withdrawn (e.g. the party left the
 * accord). Does not mutate `counts`. Throws a RangeError when the previous ballot is not in the
 * counts, since that means the stored counts are out of sync with the ballots.
 */
export function applyBallotChange(
  counts: Partial<BallotCounts>,
  group: StakeholderGroup,
  previousChoice: BallotChoice | null,
  nextChoice: BallotChoice | null,
): BallotCounts {
  const next = copyCounts(counts);
  const chamber = next[group];
  if (previousChoice !== null) {
    const key = choiceKey(previousChoice);
    if (chamber[key] <= 0) {
      throw new RangeError(`No ${previousChoice} ballot to replace in the ${group} counts`);
    }
    chamber[key] -= 1;
  }
  if (nextChoice !== null) chamber[choiceKey(nextChoice)] += 1;
  return next;
}

/**
 * Counts parties and their ballots per group. Ballots from organizations that are not parties are
 * ignored (observers and former parties do not vote). If an organization has several ballots, the
 * last one wins; a party listed twice counts once (its last listing decides its group).
 */
export function countBallots(
  parties: readonly PartyInput[],
  ballots: readonly BallotInput[],
): { partiesPerGroup: PartiesPerGroup; counts: BallotCounts } {
  const groupOf = new Map<string, StakeholderGroup>();
  for (const party of parties) groupOf.set(party.organizationId, party.group);

  const choiceOf = new Map<string, BallotChoice>();
  for (const ballot of ballots) {
    if (groupOf.has(ballot.organizationId)) choiceOf.set(ballot.organizationId, ballot.choice);
  }

  const partiesPerGroup: PartiesPerGroup = {};
  for (const group of groupOf.values()) partiesPerGroup[group] = (partiesPerGroup[group] ?? 0) + 1;

  let counts = emptyBallotCounts();
  for (const [organizationId, choice] of choiceOf) {
    const group = groupOf.get(organizationId);
    if (group !== undefined) counts = applyBallotChange(counts, group, null, choice);
  }
  return { partiesPerGroup, counts };
}
