import { describe, expect, it } from '@jest/globals';
import { DecisionRuleKind, StakeholderGroup } from '@plenary/contracts';
import { validateDecisionRule } from './validation.js';

const K = DecisionRuleKind;
const G = StakeholderGroup;

describe('validateDecisionRule', () => {
  it.each([
    { kind: K.SIMPLE_MAJORITY },
    { kind: K.SIMPLE_MAJORITY, threshold: null, quorum: null, weights: null },
    { kind: K.CONSENSUS, quorum: 0.5, secretBallot: true },
    { kind: K.QUALIFIED_MAJORITY, threshold: 0.6667, quorum: 1 },
    { kind: K.QUALIFIED_MAJORITY, threshold: 1, quorum: 0 },
    { kind: K.CHAMBERED },
    { kind: K.CHAMBERED, threshold: 0.5, quorum: 0.25 },
    { kind: K.WEIGHTED, weights: [{ group: G.GOVERNMENT, weight: 2 }] },
    { kind: K.WEIGHTED, threshold: 0.75, weights: [] },
    { kind: K.SIMPLE_MAJORITY, weights: [] },
  ])('accepts %j', (rule) => {
    expect(validateDecisionRule(rule)).toEqual([]);
  });

  it.each([0, -0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects the threshold %p',
    (threshold) => {
      expect(validateDecisionRule({ kind: K.QUALIFIED_MAJORITY, threshold })).toEqual([
        `The threshold must be more than 0 and at most 1 (a share of votes cast), got ${threshold}.`,
      ]);
    },
  );

  it.each([-0.01, 1.5, Number.NaN])('rejects the quorum %p', (quorum) => {
    expect(validateDecisionRule({ kind: K.CHAMBERED, quorum })).toEqual([
      `The quorum must be between 0 and 1 (a share of parties), got ${quorum}.`,
    ]);
  });

  it('accepts whole minimums of sponsors and groups, and rejects the others', () => {
    expect(
      validateDecisionRule({ kind: K.CONSENSUS, minSponsors: 3, minSponsorGroups: 2 }),
    ).toEqual([]);
    expect(validateDecisionRule({ kind: K.CONSENSUS, minSponsors: 0 })).toEqual([
      'The minimum of sponsoring organizations must be a whole number of at least 1, got 0.',
    ]);
    expect(validateDecisionRule({ kind: K.CONSENSUS, minSponsorGroups: 1.5 })).toHaveLength(1);
  });

  it('rejects a threshold for simple majority and consensus', () => {
    expect(validateDecisionRule({ kind: K.SIMPLE_MAJORITY, threshold: 0.5 })).toEqual([
      'A simple majority rule has no threshold; leave it empty.',
    ]);
    expect(validateDecisionRule({ kind: K.CONSENSUS, threshold: 1 })).toEqual([
      'A consensus rule has no threshold; leave it empty.',
    ]);
  });

  it('rejects weights outside a weighted rule', () => {
    expect(
      validateDecisionRule({ kind: K.CHAMBERED, weights: [{ group: G.GOVERNMENT, weight: 2 }] }),
    ).toEqual(['Weights apply only to a weighted rule, not to a chambered rule.']);
  });

  it('rejects non-positive, infinite and repeated weights', () => {
    const problems = validateDecisionRule({
      kind: K.WEIGHTED,
      weights: [
        { group: G.GOVERNMENT, weight: 0 },
        { group: G.PRIVATE_SECTOR, weight: -1 },
        { group: G.CIVIL_SOCIETY, weight: Number.POSITIVE_INFINITY },
        { group: G.ACADEMIA, weight: 1 },
        { group: G.ACADEMIA, weight: 2 },
      ],
    });
    expect(problems).toEqual([
      'The weight of government must be a positive number, got 0.',
      'The weight of private sector must be a positive number, got -1.',
      'The weight of civil society must be a positive number, got Infinity.',
      'The weight of academia is given more than once.',
    ]);
  });

  it('reports every problem at once', () => {
    const problems = validateDecisionRule({
      kind: K.CONSENSUS,
      threshold: 0.5,
      quorum: 2,
      weights: [{ group: G.GOVERNMENT, weight: 2 }],
    });
    expect(problems).toHaveLength(3);
  });
});
