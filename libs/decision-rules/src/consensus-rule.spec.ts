import { describe, expect, it } from '@jest/globals';
import { DecisionRuleKind, StakeholderGroup } from '@plenary/contracts';
import { tallyOf } from './test-fixtures.js';

const G = StakeholderGroup;
const consensus = { kind: DecisionRuleKind.CONSENSUS };

describe('consensus', () => {
  it('passes with support and no objection, abstainers standing aside', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 4, for: 3, abstain: 1 }, [G.ACADEMIA]: { parties: 2, for: 2 } },
      consensus,
    );
    expect(tally).toMatchObject({
      passed: true,
      explanation: 'Passes: 5 for, no objection, 1 abstaining (consensus).',
    });
  });

  it('is blocked by a single formal objection however large the support', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 50, for: 49 }, [G.CIVIL_SOCIETY]: { parties: 1, against: 1 } },
      consensus,
    );
    expect(tally).toMatchObject({
      passed: false,
      explanation: 'Fails: a formal objection blocks consensus (1 against).',
    });
  });

  it('names several objections', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 5, for: 3, against: 2 } }, consensus);
    expect(tally.explanation).toBe('Fails: formal objections block consensus (2 against).');
  });

  it('needs at least one vote for: all abstaining fails', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 3, abstain: 3 } }, consensus);
    expect(tally).toMatchObject({ passed: false, explanation: 'Fails: no votes cast.' });
  });

  it('needs its quorum', () => {
    const rule = { ...consensus, quorum: 0.75 };
    const missed = tallyOf({ [G.GOVERNMENT]: { parties: 4, for: 2 } }, rule);
    expect(missed.explanation).toBe('Fails: quorum not met — 2 of 4 parties voted, 3 needed.');
    const met = tallyOf({ [G.GOVERNMENT]: { parties: 4, for: 2, abstain: 1 } }, rule);
    expect(met.passed).toBe(true);
  });

  it('ignores a threshold', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 5, for: 1, abstain: 4 } },
      { ...consensus, threshold: 0.9 },
    );
    expect(tally.passed).toBe(true);
  });
});
