import { describe, expect, it } from '@jest/globals';
import { DecisionRuleKind, StakeholderGroup } from '@plenary/contracts';
import { emptyBallotCounts } from './ballot-counts.js';
import { computeTallyFromCounts } from './tally.js';
import { tallyOf } from './test-fixtures.js';

const G = StakeholderGroup;
const qualified = { kind: DecisionRuleKind.QUALIFIED_MAJORITY };

/** One large government chamber, for boundaries that need many votes. */
function bigChamber(forVotes: number, against: number, threshold?: number) {
  const counts = emptyBallotCounts();
  counts[G.GOVERNMENT] = { for: forVotes, against, abstain: 0 };
  return computeTallyFromCounts({ [G.GOVERNMENT]: forVotes + against }, counts, {
    ...qualified,
    threshold,
  });
}

describe('qualified majority', () => {
  it('passes at exactly two thirds by default (2 of 3)', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 3, for: 2, against: 1 } }, qualified);
    expect(tally.passed).toBe(true);
    expect(tally.explanation).toBe('Passes: 2 of 3 votes cast are for (66.7%), needs 2/3.');
  });

  it('passes 2 of 3 with the stored threshold 0.6667', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 3, for: 2, against: 1 } },
      { ...qualified, threshold: 0.6667 },
    );
    expect(tally.passed).toBe(true);
    expect(tally.explanation).toContain('needs 2/3');
  });

  it('passes 4 of 6 and 200 of 300 with 0.6667', () => {
    expect(bigChamber(4, 2, 0.6667).passed).toBe(true);
    expect(bigChamber(200, 100, 0.6667).passed).toBe(true);
  });

  it('fails just under two thirds', () => {
    expect(bigChamber(6666, 3334, 0.6667).passed).toBe(false);
    expect(bigChamber(666, 334).passed).toBe(false);
    expect(bigChamber(667, 333).passed).toBe(true);
  });

  it('fails 3 of 5 and says by how much', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 5, for: 3, against: 2 } }, qualified);
    expect(tally.passed).toBe(false);
    expect(tally.explanation).toBe('Fails: needs 2/3 of votes cast, has 3 of 5 (60%).');
  });

  it('does not count abstentions as votes cast', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 10, for: 2, against: 1, abstain: 7 } },
      qualified,
    );
    expect(tally.passed).toBe(true);
  });

  it('fails when everyone abstains', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 4, abstain: 4 } }, qualified);
    expect(tally).toMatchObject({ passed: false, explanation: 'Fails: no votes cast.' });
  });

  it('uses a set threshold and shows it as a fraction or a percentage', () => {
    const threeQuarters = tallyOf(
      { [G.GOVERNMENT]: { parties: 4, for: 2, against: 1 } },
      { ...qualified, threshold: 0.75 },
    );
    expect(threeQuarters.explanation).toBe('Fails: needs 3/4 of votes cast, has 2 of 3 (66.7%).');
    const sixty = tallyOf(
      { [G.GOVERNMENT]: { parties: 5, for: 3, against: 2 } },
      { ...qualified, threshold: 0.6 },
    );
    expect(sixty).toMatchObject({
      passed: true,
      explanation: 'Passes: 3 of 5 votes cast are for (60%), needs 60%.',
    });
  });

  it('demands unanimity of votes cast with a threshold of 1', () => {
    const rule = { ...qualified, threshold: 1 };
    expect(tallyOf({ [G.GOVERNMENT]: { parties: 9, for: 8, against: 1 } }, rule).passed).toBe(
      false,
    );
    expect(tallyOf({ [G.GOVERNMENT]: { parties: 9, for: 8, abstain: 1 } }, rule).passed).toBe(true);
  });

  it('applies the quorum before the threshold', () => {
    const tally = tallyOf(
      { [G.GOVERNMENT]: { parties: 10, for: 4 } },
      { ...qualified, quorum: 0.5 },
    );
    expect(tally.explanation).toBe('Fails: quorum not met — 4 of 10 parties voted, 5 needed.');
  });
});
