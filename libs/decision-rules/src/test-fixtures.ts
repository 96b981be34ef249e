// Test-only helpers: build parties and ballots from a per-chamber description.
import { BallotChoice, type DecisionRule, type StakeholderGroup } from '@plenary/contracts';
import { computeTally } from './tally.js';
import type { BallotInput, PartyInput, Tally } from './types.js';

export interface ChamberScenario {
  parties: number;
  for?: number;
  against?: number;
  abstain?: number;
}

export type Scenario = Partial<Record<StakeholderGroup, ChamberScenario>>;

/** Parties are named "<GROUP>-<n>"; ballots go to the first parties of each group, FOR first. */
export function build(scenario: Scenario): { parties: PartyInput[]; ballots: BallotInput[] } {
  const parties: PartyInput[] = [];
  const ballots: BallotInput[] = [];
  for (const [key, chamber] of Object.entries(scenario)) {
    const group = key as StakeholderGroup;
    const choices = [
      ...Array<BallotChoice>(chamber.for ?? 0).fill(BallotChoice.FOR),
      ...Array<BallotChoice>(chamber.against ?? 0).fill(BallotChoice.AGAINST),
      ...Array<BallotChoice>(chamber.abstain ?? 0).fill(BallotChoice.ABSTAIN),
    ];
    if (choices.length > chamber.parties) throw new Error(`Too many ballots for ${group}`);
    for (let n = 0; n < chamber.parties; n++) {
      const organizationId = `${group}-${n}`;
      parties.push({ organizationId, group });
      const choice = choices[n];
      if (choice !== undefined) ballots.push({ organizationId, choice });
    }
  }
  return { parties, ballots };
}

export function tallyOf(scenario: Scenario, rule: DecisionRule): Tally {
  const { parties, ballots } = build(scenario);
  return computeTally(parties, ballots, rule);
}
