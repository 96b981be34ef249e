import { describe, expect, it } from '@jest/globals';
import { DecisionRuleKind, StakeholderGroup } from '@plenary/contracts';
import { computeTally } from './tally.js';
import { tallyOf } from './test-fixtures.js';

const G = StakeholderGroup;
const chambered = { kind: DecisionRuleKind.CHAMBERED };

describe('chambered', () => {
  it('passes with a majority in every chamber, leaving out groups without parties', () => {
    const tally = tallyOf(
      {
        // Listed out of order on purpose: chambers come back in the enum's order.
        [G.CIVIL_SOCIETY]: { parties: 3, for: 2, against: 1 },
        [G.GOVERNMENT]: { parties: 4, for: 3, against: 1 },
        [G.PRIVATE_SECTOR]: { parties: 2, for: 2 },
      },
      chambered,
    );
    expect(tally.passed).toBe(true);
    expect(tally.chambers.map((c) => c.group)).toEqual([
      G.GOVERNMENT,
      G.PRIVATE_SECTOR,
      G.CIVIL_SOCIETY,
    ]);
    expect(tally.explanation).toBe(
      'Passes: majority in every chamber — government 3 for, 1 against; private sector 2 for, 0 against; civil society 2 for, 1 against.',
    );
  });

  it('fails when one chamber is outvoted, despite an overall majority', () => {
    const tally = tallyOf(
      {
        [G.GOVERNMENT]: { parties: 10, for: 10 },
        [G.CIVIL_SOCIETY]: { parties: 5, for: 2, against: 3 },
      },
      chambered,
    );
    expect(tally).toMatchObject({ for: 12, against: 3, passed: false });
    expect(tally.chambers.map((c) => c.passed)).toEqual([true, false]);
    expect(tally.explanation).toBe('Fails: civil society chamber 2 for, 3 against.');
  });

  it('names every failing chamber, in the enum order', () => {
    const tally = tallyOf(
      {
        [G.ACADEMIA]: { parties: 2, against: 1, for: 1 },
        [G.GOVERNMENT]: { parties: 3, for: 3 },
        [G.PRIVATE_SECTOR]: { parties: 3, for: 1, against: 2 },
      },
      chambered,
    );
    expect(tally.explanation).toBe(
      'Fails: private sector chamber 1 for, 2 against; academia chamber 1 for, 1 against.',
    );
  });

  it('fails a tied chamber without a threshold, passes it with a threshold of 1/2', () => {
    const scenario = {
      [G.GOVERNMENT]: { parties: 3, for: 2, against: 1 },
      [G.TECHNICAL_COMMUNITY]: { parties: 4, for: 2, against: 2 },
    };
    expect(tallyOf(scenario, chambered).passed).toBe(false);
    expect(tallyOf(scenario, { ...chambered, threshold: 0.5 }).passed).toBe(true);
  });

  it('applies a set threshold within each chamber', () => {
    const rule = { ...chambered, threshold: 0.6667 };
    const tally = tallyOf(
      {
        [G.GOVERNMENT]: { parties: 3, for: 2, against: 1 },
        [G.CIVIL_SOCIETY]: { parties: 5, for: 3, against: 2 },
      },
      rule,
    );
    expect(tally.passed).toBe(false);
    expect(tally.chambers.map((c) => c.passed)).toEqual([true, false]);
    expect(tally.explanation).toBe(
      'Fails: civil society chamber 3 for, 2 against (60%, needs 2/3).',
    );
  });

  it('passes with a threshold, saying so', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 4, for: 3, against: 1 } },
      { ...chambered, threshold: 0.75 },
    );
    expect(tally.explanation).toBe(
      'Passes: 3/4 of votes cast in every chamber — government 3 for, 1 against.',
    );
  });

  it('needs the quorum within each chamber, counting that chamber’s parties', () => {
    const tally = tallyOf(
      {
        [G.GOVERNMENT]: { parties: 20, for: 20 },
        [G.PRIVATE_SECTOR]: { parties: 3, for: 1 },
      },
      { ...chambered, quorum: 0.5 },
    );
    expect(tally).toMatchObject({ passed: false, quorumMet: false, cast: 21, eligible: 23 });
    expect(tally.chambers.map((c) => c.quorumMet)).toEqual([true, false]);
    expect(tally.explanation).toBe(
      'Fails: quorum not met in the private sector chamber — 1 of 3 voted, 2 needed.',
    );
  });

  it('meets a chamber quorum exactly, abstentions included', () => {
    const tally = tallyOf(
      {
        [G.GOVERNMENT]: { parties: 2, for: 1 },
        [G.PRIVATE_SECTOR]: { parties: 3, for: 1, abstain: 1 },
      },
      { ...chambered, quorum: 0.5 },
    );
    expect(tally).toMatchObject({ passed: true, quorumMet: true });
  });

  it('names a quorum failure and a vote failure together', () => {
    const tally = tallyOf(
      {
        [G.PRIVATE_SECTOR]: { parties: 3, for: 1 },
        [G.CIVIL_SOCIETY]: { parties: 5, for: 2, against: 3 },
      },
      { ...chambered, quorum: 0.5 },
    );
    expect(tally.explanation).toBe(
      'Fails: quorum not met in the private sector chamber — 1 of 3 voted, 2 needed; civil society chamber 2 for, 3 against.',
    );
  });

  it('fails a chamber where everyone abstained', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 2, for: 2 }, [G.ACADEMIA]: { parties: 2, abstain: 2 } },
      chambered,
    );
    expect(tally.explanation).toBe('Fails: no votes cast in the academia chamber.');
  });

  it('fails when everyone abstains, in one sentence', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 2, abstain: 2 }, [G.ACADEMIA]: { parties: 1, abstain: 1 } },
      { ...chambered, quorum: 1 },
    );
    expect(tally).toMatchObject({
      passed: false,
      quorumMet: true,
      explanation: 'Fails: no votes cast.',
    });
  });

  it('cannot pass without parties', () => {
    expect(computeTally([], [], chambered)).toMatchObject({
      passed: false,
      chambers: [],
      explanation: 'Fails: the accord has no parties.',
    });
  });
});
