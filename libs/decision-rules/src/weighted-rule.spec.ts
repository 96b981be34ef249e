import { describe, expect, it } from '@jest/globals';
import { DecisionRuleKind, StakeholderGroup } from '@plenary/contracts';
import { tallyOf } from './test-fixtures.js';

const G = StakeholderGroup;
const weights = [
  { group: G.GOVERNMENT, weight: 2 },
  { group: G.PRIVATE_SECTOR, weight: 1 },
  { group: G.CIVIL_SOCIETY, weight: 1 },
];
const weighted = { kind: DecisionRuleKind.WEIGHTED, weights };

describe('weighted', () => {
  it('passes on weighted votes where an unweighted qualified majority fails', () => {
    const scenario = {
      [G.GOVERNMENT]: { parties: 3, for: 3 },
      [G.CIVIL_SOCIETY]: { parties: 2, against: 2 },
    };
    const tally = tallyOf(scenario, weighted);
    expect(tally).toMatchObject({ for: 6, against: 2, passed: true });
    expect(tally.explanation).toBe('Passes: weighted 6 for, 2 against of 8 cast (75%), needs 2/3.');
    expect(tallyOf(scenario, { kind: DecisionRuleKind.QUALIFIED_MAJORITY }).passed).toBe(false);
  });

  it('passes where a simple majority ties, because government weighs double', () => {
    const scenario = {
      [G.GOVERNMENT]: { parties: 4, for: 4 },
      [G.PRIVATE_SECTOR]: { parties: 2, against: 2 },
      [G.CIVIL_SOCIETY]: { parties: 2, against: 2 },
    };
    expect(tallyOf(scenario, { kind: DecisionRuleKind.SIMPLE_MAJORITY }).passed).toBe(false);
    expect(tallyOf(scenario, weighted)).toMatchObject({ for: 8, against: 4, passed: true });
  });

  it('fails where a simple majority passes, because government weighs double', () => {
    const scenario = {
      [G.GOVERNMENT]: { parties: 2, against: 2 },
      [G.CIVIL_SOCIETY]: { parties: 3, for: 3 },
    };
    expect(tallyOf(scenario, { kind: DecisionRuleKind.SIMPLE_MAJORITY }).passed).toBe(true);
    const tally = tallyOf(scenario, weighted);
    expect(tally.passed).toBe(false);
    expect(tally.explanation).toBe(
      'Fails: weighted 3 for, 4 against of 7 cast (42.9%), needs 2/3.',
    );
  });

  it('counts a group without a weight as 1', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 1, for: 1 }, [G.ACADEMIA]: { parties: 1, against: 1 } },
      weighted,
    );
    expect(tally).toMatchObject({ for: 2, against: 1, passed: true });
    expect(tally.chambers.map((c) => [c.group, c.for, c.against])).toEqual([
      [G.GOVERNMENT, 2, 0],
      [G.ACADEMIA, 0, 1],
    ]);
  });

  it('weighs abstentions too, but never counts them as votes cast', () => {
    const tally = tallyOf(
      {
        [G.GOVERNMENT]: { parties: 3, for: 1, abstain: 2 },
        [G.CIVIL_SOCIETY]: { parties: 1, against: 1 },
      },
      weighted,
    );
    expect(tally).toMatchObject({ for: 2, against: 1, abstain: 4, cast: 4, passed: true });
  });

  it('counts parties, not weight, for the quorum', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 2, for: 2 }, [G.CIVIL_SOCIETY]: { parties: 4 } },
      { ...weighted, quorum: 0.5 },
    );
    expect(tally).toMatchObject({ quorumMet: false, passed: false, cast: 2 });
    expect(tally.explanation).toBe('Fails: quorum not met — 2 of 6 parties voted, 3 needed.');
  });

  it('uses a set threshold with the 4-decimal tolerance', () => {
    const scenario = {
      [G.GOVERNMENT]: { parties: 1, for: 1 },
      [G.CIVIL_SOCIETY]: { parties: 1, against: 1 },
    };
    expect(tallyOf(scenario, { ...weighted, threshold: 0.6667 }).passed).toBe(true);
    expect(tallyOf(scenario, { ...weighted, threshold: 0.7 }).passed).toBe(false);
  });

  it('shows fractional weights with at most two decimals', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 3, for: 3 }, [G.CIVIL_SOCIETY]: { parties: 1, against: 1 } },
      { kind: DecisionRuleKind.WEIGHTED, weights: [{ group: G.GOVERNMENT, weight: 1.1 }] },
    );
    expect(tally.explanation).toBe(
      'Passes: weighted 3.3 for, 1 against of 4.3 cast (76.7%), needs 2/3.',
    );
  });

  it('fails when everyone abstains', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 2, abstain: 2 } }, weighted);
    expect(tally).toMatchObject({
      passed: false,
      abstain: 4,
      explanation: 'Fails: no votes cast.',
    });
  });
});
