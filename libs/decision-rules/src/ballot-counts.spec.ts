import { describe, expect, it } from '@jest/globals';
import { BallotChoice, DecisionRuleKind, StakeholderGroup } from '@plenary/contracts';
import { applyBallotChange, countBallots, emptyBallotCounts } from './ballot-counts.js';
import { computeTally, computeTallyFromCounts } from './tally.js';
import { build } from './test-fixtures.js';

const G = StakeholderGroup;
const C = BallotChoice;
const simple = { kind: DecisionRuleKind.SIMPLE_MAJORITY };

describe('ballot counts', () => {
  it('records a first ballot, a changed ballot and a withdrawn ballot', () => {
    const first = applyBallotChange(emptyBallotCounts(), G.ACADEMIA, null, C.AGAINST);
    expect(first[G.ACADEMIA]).toEqual({ for: 0, against: 1, abstain: 0 });
    const changed = applyBallotChange(first, G.ACADEMIA, C.AGAINST, C.FOR);
    expect(changed[G.ACADEMIA]).toEqual({ for: 1, against: 0, abstain: 0 });
    const withdrawn = applyBallotChange(changed, G.ACADEMIA, C.FOR, null);
    expect(withdrawn).toEqual(emptyBallotCounts());
  });

  it('leaves the given counts untouched', () => {
    const counts = emptyBallotCounts();
    applyBallotChange(counts, G.GOVERNMENT, null, C.FOR);
    expect(counts).toEqual(emptyBallotCounts());
  });

  it('fills groups missing from stored counts', () => {
    const next = applyBallotChange({}, G.GOVERNMENT, null, C.ABSTAIN);
    expect(Object.keys(next)).toHaveLength(Object.keys(G).length);
    expect(next[G.GOVERNMENT].abstain).toBe(1);
  });

  it('refuses to replace a ballot the counts do not hold', () => {
    expect(() => applyBallotChange(emptyBallotCounts(), G.GOVERNMENT, C.FOR, C.AGAINST)).toThrow(
      RangeError,
    );
  });

  it('counts parties and ballots per group, ignoring non-parties', () => {
    const { parties, ballots } = build({
      [G.GOVERNMENT]: { parties: 3, for: 1, against: 1 },
      [G.ACADEMIA]: { parties: 2, abstain: 1 },
    });
    const { partiesPerGroup, counts } = countBallots(parties, [
      ...ballots,
      { organizationId: 'observer', choice: C.FOR },
    ]);
    expect(partiesPerGroup).toEqual({ [G.GOVERNMENT]: 3, [G.ACADEMIA]: 2 });
    expect(counts[G.GOVERNMENT]).toEqual({ for: 1, against: 1, abstain: 0 });
    expect(counts[G.ACADEMIA]).toEqual({ for: 0, against: 0, abstain: 1 });
  });

  it('gives the same tally from stored counts as from the ballots', () => {
    const { parties, ballots } = build({ [G.GOVERNMENT]: { parties: 5, for: 3, against: 1 } });
    let counts = emptyBallotCounts();
    for (const ballot of ballots)
      counts = applyBallotChange(counts, G.GOVERNMENT, null, ballot.choice);
    expect(computeTallyFromCounts({ [G.GOVERNMENT]: 5 }, counts, simple)).toEqual(
      computeTally(parties, ballots, simple),
    );
  });

  it('leaves out counts of a group that has no parties', () => {
    const counts = applyBallotChange(emptyBallotCounts(), G.ACADEMIA, null, C.AGAINST);
    const tally = computeTallyFromCounts({ [G.GOVERNMENT]: 1 }, counts, simple);
    expect(tally).toMatchObject({ against: 0, cast: 0, eligible: 1 });
    expect(tally.chambers.map((c) => c.group)).toEqual([G.GOVERNMENT]);
  });

  it('rejects counts that exceed the parties or are not whole numbers', () => {
    const counts = emptyBallotCounts();
    counts[G.GOVERNMENT] = { for: 3, against: 0, abstain: 0 };
    expect(() => computeTallyFromCounts({ [G.GOVERNMENT]: 2 }, counts, simple)).toThrow(
      '3 ballots in GOVERNMENT but only 2 parties',
    );
    expect(() => computeTallyFromCounts({ [G.GOVERNMENT]: 2.5 }, counts, simple)).toThrow(
      RangeError,
    );
    counts[G.GOVERNMENT] = { for: -1, against: 0, abstain: 0 };
    expect(() => computeTallyFromCounts({ [G.GOVERNMENT]: 2 }, counts, simple)).toThrow(RangeError);
  });
});
