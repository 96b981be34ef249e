import { describe, expect, it } from '@jest/globals';
import { DecisionRuleKind, type DecisionRule, StakeholderGroup } from '@plenary/contracts';
import fc from 'fast-check';
import type { BallotCounts, PartiesPerGroup } from './ballot-counts.js';
import { openTally, sealedTally, smallChambers } from './published-tally.js';
import { STAKEHOLDER_GROUPS } from './stakeholder-groups.js';
import { computeTallyFromCounts } from './tally.js';
import { tallyOf } from './test-fixtures.js';

const G = StakeholderGroup;
const secretChambered: DecisionRule = { kind: DecisionRuleKind.CHAMBERED, secretBallot: true };

/** Per group: parties, how many voted, and two different ways those ballots could split. */
const chamberArb = fc
  .integer({ min: 0, max: 6 })
  .chain((parties) =>
    fc.record({
      parties: fc.constant(parties),
      voted: fc.integer({ min: 0, max: parties }),
    }),
  )
  .chain(({ parties, voted }) => {
    const split = fc
      .integer({ min: 0, max: voted })
      .chain((f) =>
        fc
          .integer({ min: 0, max: voted - f })
          .map((a) => ({ for: f, against: a, abstain: voted - f - a })),
      );
    return fc.record({ parties: fc.constant(parties), one: split, other: split });
  });

const ruleArb: fc.Arbitrary<DecisionRule> = fc.record({
  kind: fc.constantFrom(...Object.values(DecisionRuleKind)),
  quorum: fc.option(
    fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    { nil: null },
  ),
  secretBallot: fc.constant(true),
});

describe('a sealed tally', () => {
  it('is the same whatever the choices, as long as the same parties of each chamber voted', () => {
    fc.assert(
      fc.property(
        fc.tuple(...STAKEHOLDER_GROUPS.map(() => chamberArb)),
        ruleArb,
        (chambers, rule) => {
          const partiesPerGroup: PartiesPerGroup = {};
          const one: Partial<BallotCounts> = {};
          const other: Partial<BallotCounts> = {};
          STAKEHOLDER_GROUPS.forEach((group, i) => {
            const chamber = chambers[i];
            if (!chamber) throw new Error(`no chamber drawn for ${group}`);
            partiesPerGroup[group] = chamber.parties;
            one[group] = chamber.one;
            other[group] = chamber.other;
          });
          const seal = (counts: Partial<BallotCounts>) =>
            sealedTally(computeTallyFromCounts(partiesPerGroup, counts, rule));
          expect(seal(one)).toEqual(seal(other));
        },
      ),
    );
  });

  it('shows turnout, per chamber too, and says when the counts come', () => {
    const tally = tallyOf(
      {
        [G.GOVERNMENT]: { parties: 4, for: 2, against: 1 },
        [G.CIVIL_SOCIETY]: { parties: 1, against: 1 },
      },
      secretChambered,
    );
    expect(sealedTally(tally)).toEqual({
      sealed: true,
      for: null,
      against: null,
      abstain: null,
      eligible: 5,
      cast: 4,
      quorumMet: true,
      passed: null,
      explanation:
        'Secret ballot: 4 of 5 parties have voted; the counts are revealed when the vote closes.',
      chambers: [
        {
          group: G.GOVERNMENT,
          for: null,
          against: null,
          abstain: null,
          eligible: 4,
          voted: 3,
          quorumMet: true,
          passed: null,
          revealsVotes: false,
        },
        {
          group: G.CIVIL_SOCIETY,
          for: null,
          against: null,
          abstain: null,
          eligible: 1,
          voted: 1,
          quorumMet: true,
          passed: null,
          revealsVotes: true,
        },
      ],
    });
  });

  it('says so when the vote ended without a close', () => {
    const tally = tallyOf({ [G.GOVERNMENT]: { parties: 3, for: 1 } }, secretChambered);
    expect(sealedTally(tally, true).explanation).toBe(
      'Secret ballot: 1 of 3 parties had voted when the vote ended without a close; the counts stay sealed.',
    );
  });
});

describe('an open tally', () => {
  it('shows the counts, flagging small chambers only under a secret ballot', () => {
    const tally = tallyOf(
      {
        [G.GOVERNMENT]: { parties: 3, for: 2, against: 1 },
        [G.PRIVATE_SECTOR]: { parties: 2, for: 2 },
      },
      secretChambered,
    );
    const secret = openTally(tally, true);
    expect(secret).toMatchObject({ sealed: false, for: 4, against: 1, passed: true });
    expect(secret.chambers.map((c) => [c.group, c.for, c.revealsVotes])).toEqual([
      [G.GOVERNMENT, 2, false],
      [G.PRIVATE_SECTOR, 2, true],
    ]);
    expect(openTally(tally, false).chambers.every((c) => !c.revealsVotes)).toBe(true);
  });
});

describe('small chambers', () => {
  it('lists the groups with one or two parties, in the enum order', () => {
    expect(
      smallChambers({
        [G.CIVIL_SOCIETY]: 1,
        [G.GOVERNMENT]: 5,
        [G.PRIVATE_SECTOR]: 2,
        [G.ACADEMIA]: 0,
      }),
    ).toEqual([
      { group: G.PRIVATE_SECTOR, parties: 2 },
      { group: G.CIVIL_SOCIETY, parties: 1 },
    ]);
  });
});
