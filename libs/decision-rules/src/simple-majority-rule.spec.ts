import { describe, expect, it } from '@jest/globals';
import { BallotChoice, DecisionRuleKind, StakeholderGroup } from '@plenary/contracts';
import { computeTally } from './tally.js';
import { build, tallyOf } from './test-fixtures.js';

const G = StakeholderGroup;
const simple = { kind: DecisionRuleKind.SIMPLE_MAJORITY };

describe('simple majority', () => {
  it('passes with more for than against, abstentions not counted as votes', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 8, for: 5, against: 2, abstain: 1 } },
      simple,
    );
    expect(tally).toMatchObject({
      for: 5,
      against: 2,
      abstain: 1,
      eligible: 8,
      cast: 8,
      quorumMet: true,
      passed: true,
      explanation: 'Passes: 5 for, 2 against, 1 abstaining (simple majority).',
    });
  });

  it('fails on a 2–2 tie', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 4, for: 2, against: 2 } }, simple);
    expect(tally.passed).toBe(false);
    expect(tally.explanation).toBe(
      'Fails: 2 for, 2 against, 0 abstaining (simple majority needs more for than against).',
    );
  });

  it('passes 1–0 with many abstentions: abstaining never counts against', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 6, for: 1, abstain: 5 } }, simple);
    expect(tally.passed).toBe(true);
  });

  it('fails when everyone abstains, yet those abstentions meet the quorum', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 3, abstain: 3 } }, { ...simple, quorum: 1 });
    expect(tally).toMatchObject({ passed: false, quorumMet: true, cast: 3, abstain: 3 });
    expect(tally.explanation).toBe('Fails: no votes cast.');
  });

  it('fails when nobody voted and no quorum applies', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 3 } }, simple);
    expect(tally).toMatchObject({ passed: false, quorumMet: true, cast: 0 });
    expect(tally.explanation).toBe('Fails: no votes cast.');
  });

  it('fails when the quorum is missed by exactly one party', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 6, for: 2 }, [G.CIVIL_SOCIETY]: { parties: 4, for: 2 } },
      { ...simple, quorum: 0.5 },
    );
    expect(tally).toMatchObject({ passed: false, quorumMet: false, cast: 4, eligible: 10 });
    expect(tally.explanation).toBe('Fails: quorum not met — 4 of 10 parties voted, 5 needed.');
  });

  it('passes when the quorum is met exactly', () => {
    const tally = tallyOf(
      {
        [G.GOVERNMENT]: { parties: 6, for: 2, abstain: 1 },
        [G.CIVIL_SOCIETY]: { parties: 4, for: 2 },
      },
      { ...simple, quorum: 0.5 },
    );
    expect(tally).toMatchObject({ passed: true, quorumMet: true, cast: 5 });
  });

  it('does not let float rounding raise the quorum (0.7 × 10 needs 7)', () => {
    const met = tallyOf({ [G.GOVERNMENT]: { parties: 10, for: 7 } }, { ...simple, quorum: 0.7 });
    expect(met.quorumMet).toBe(true);
    const missed = tallyOf({ [G.GOVERNMENT]: { parties: 10, for: 6 } }, { ...simple, quorum: 0.7 });
    expect(missed.explanation).toBe('Fails: quorum not met — 6 of 10 parties voted, 7 needed.');
  });

  it('treats a quorum of 0 as no quorum', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 100, for: 1 } }, { ...simple, quorum: 0 });
    expect(tally).toMatchObject({ passed: true, quorumMet: true });
  });

  it('ignores a threshold', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 5, for: 3, against: 2 } },
      { ...simple, threshold: 0.9 },
    );
    expect(tally.passed).toBe(true);
  });

  it('cannot pass without parties', () => {
    const tally = computeTally([], [], simple);
    expect(tally).toMatchObject({
      for: 0,
      against: 0,
      abstain: 0,
      eligible: 0,
      cast: 0,
      chambers: [],
      passed: false,
      explanation: 'Fails: the accord has no parties.',
    });
  });

  it('ignores ballots from organizations that are not parties', () => {
    const { parties, ballots } = build({ [G.GOVERNMENT]: { parties: 3, for: 1, against: 1 } });
    const outsiders = [
      { organizationId: 'observer-1', choice: BallotChoice.FOR },
      { organizationId: 'observer-2', choice: BallotChoice.FOR },
    ];
    const tally = computeTally(parties, [...ballots, ...outsiders], simple);
    expect(tally).toMatchObject({ for: 1, against: 1, cast: 2, eligible: 3, passed: false });
  });

  it('counts only the last ballot of an organization given twice', () => {
    const parties = [
      { organizationId: 'a', group: G.GOVERNMENT },
      { organizationId: 'b', group: G.GOVERNMENT },
    ];
    const ballots = [
      { organizationId: 'a', choice: BallotChoice.AGAINST },
      { organizationId: 'b', choice: BallotChoice.FOR },
      { organizationId: 'a', choice: BallotChoice.FOR },
    ];
    const tally = computeTally(parties, ballots, simple);
    expect(tally).toMatchObject({ for: 2, against: 0, cast: 2, passed: true });
  });

  it('reports each chamber informatively without deciding by it', () => {
    const tally = tallyOf(
      {
        [G.GOVERNMENT]: { parties: 5, for: 5 },
        [G.CIVIL_SOCIETY]: { parties: 3, against: 2, abstain: 1 },
      },
      simple,
    );
    expect(tally.passed).toBe(true);
    expect(tally.chambers).toEqual([
      {
        group: G.GOVERNMENT,
        for: 5,
        against: 0,
        abstain: 0,
        eligible: 5,
        voted: 5,
        passed: true,
        quorumMet: true,
      },
      {
        group: G.CIVIL_SOCIETY,
        for: 0,
        against: 2,
        abstain: 1,
        eligible: 3,
        voted: 3,
        passed: false,
        quorumMet: true,
      },
    ]);
  });
});
