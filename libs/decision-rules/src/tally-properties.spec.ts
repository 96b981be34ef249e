import { describe, expect, it } from '@jest/globals';
import {
  BallotChoice,
  DecisionRuleKind,
  type DecisionRule,
  type StakeholderGroup,
} from '@plenary/contracts';
import fc from 'fast-check';
import { applyBallotChange, emptyBallotCounts, type PartiesPerGroup } from './ballot-counts.js';
import { STAKEHOLDER_GROUPS } from './stakeholder-groups.js';
import { computeTally, computeTallyFromCounts } from './tally.js';
import type { BallotInput, PartyInput } from './types.js';
import { validateDecisionRule } from './validation.js';

const groupArb = fc.constantFrom(...STAKEHOLDER_GROUPS);
const choiceArb = fc.constantFrom(...Object.values(BallotChoice));
// Shares as stored (4 decimals), plus the exact fractions a client might send.
const shareArb = (min: number) =>
  fc.oneof(
    fc.integer({ min, max: 10000 }).map((n) => n / 10000),
    fc.constantFrom(0.5, 2 / 3, 0.6667, 0.75, 1),
  );

const ruleArb: fc.Arbitrary<DecisionRule> = fc
  .constantFrom(...Object.values(DecisionRuleKind))
  .chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      threshold:
        kind === DecisionRuleKind.SIMPLE_MAJORITY || kind === DecisionRuleKind.CONSENSUS
          ? fc.constant(null)
          : fc.option(shareArb(1), { nil: null }),
      quorum: fc.option(shareArb(0), { nil: null }),
      weights:
        kind === DecisionRuleKind.WEIGHTED
          ? fc.uniqueArray(
              fc.record({
                group: groupArb,
                weight: fc.integer({ min: 1, max: 50 }).map((n) => n / 10),
              }),
              { selector: (w) => w.group },
            )
          : fc.constant(null),
    }),
  );

interface Vote {
  organizationId: string;
  choice: BallotChoice;
}

/** Parties with their current ballots, plus earlier ballots they changed and outsiders' ballots. */
const meetingArb = fc
  .array(fc.record({ group: groupArb, choice: fc.option(choiceArb, { nil: null }) }), {
    maxLength: 30,
  })
  .chain((members) =>
    fc.record({
      parties: fc.constant(
        members.map((m, i): PartyInput => ({ organizationId: `org-${i}`, group: m.group })),
      ),
      current: fc.constant(
        members.flatMap((m, i): Vote[] =>
          m.choice === null ? [] : [{ organizationId: `org-${i}`, choice: m.choice }],
        ),
      ),
      // Earlier ballots of parties that also have a current one; superseded since the last wins.
      superseded: fc
        .subarray(members.flatMap((m, i) => (m.choice === null ? [] : [i])))
        .chain((indexes) =>
          fc.tuple(
            ...indexes.map((i) =>
              choiceArb.map((choice): Vote => ({ organizationId: `org-${i}`, choice })),
            ),
          ),
        ),
      outsiders: fc.array(
        choiceArb.map((choice): Vote => ({ organizationId: 'observer', choice })),
        { maxLength: 3 },
      ),
    }),
  )
  .map(({ parties, current, superseded, outsiders }) => ({
    parties,
    ballots: [...superseded, ...outsiders, ...current] as BallotInput[],
  }));

/** The API's path: replay ballots one by one into stored counts, then tally from the counts. */
function tallyFromReplay(parties: PartyInput[], ballots: BallotInput[], rule: DecisionRule) {
  const groupOf = new Map(parties.map((p) => [p.organizationId, p.group]));
  const partiesPerGroup: PartiesPerGroup = {};
  for (const group of groupOf.values()) partiesPerGroup[group] = (partiesPerGroup[group] ?? 0) + 1;
  const previous = new Map<string, BallotChoice>();
  let counts = emptyBallotCounts();
  for (const ballot of ballots) {
    const group: StakeholderGroup | undefined = groupOf.get(ballot.organizationId);
    if (group === undefined) continue;
    counts = applyBallotChange(
      counts,
      group,
      previous.get(ballot.organizationId) ?? null,
      ballot.choice,
    );
    previous.set(ballot.organizationId, ballot.choice);
  }
  return computeTallyFromCounts(partiesPerGroup, counts, rule);
}

describe('tally properties', () => {
  it('generates only valid rules', () => {
    fc.assert(fc.property(ruleArb, (rule) => validateDecisionRule(rule).length === 0));
  });

  it('never turns a pass into a fail when a party switches to (or newly casts) FOR', () => {
    fc.assert(
      fc.property(ruleArb, meetingArb, fc.nat(), (rule, { parties, ballots }, pick) => {
        fc.pre(parties.length > 0);
        const supporter = parties[pick % parties.length];
        if (supporter === undefined) return;
        const before = computeTally(parties, ballots, rule);
        const after = computeTally(
          parties,
          [...ballots, { organizationId: supporter.organizationId, choice: BallotChoice.FOR }],
          rule,
        );
        expect(before.passed && !after.passed).toBe(false);
        expect(after.cast).toBeGreaterThanOrEqual(before.cast);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same tally from incrementally kept counts as from the ballots', () => {
    fc.assert(
      fc.property(ruleArb, meetingArb, (rule, { parties, ballots }) => {
        expect(tallyFromReplay(parties, ballots, rule)).toEqual(
          computeTally(parties, ballots, rule),
        );
      }),
    );
  });

  it('keeps turnout within the parties and chambers summing to the totals', () => {
    fc.assert(
      fc.property(ruleArb, meetingArb, (rule, { parties, ballots }) => {
        const tally = computeTally(parties, ballots, rule);
        const voters = new Set(
          ballots
            .map((b) => b.organizationId)
            .filter((id) => parties.some((p) => p.organizationId === id)),
        );
        expect(tally.eligible).toBe(parties.length);
        expect(tally.cast).toBe(voters.size);
        expect(tally.cast).toBeLessThanOrEqual(tally.eligible);

        const sum = (pick: (c: (typeof tally.chambers)[number]) => number) =>
          tally.chambers.reduce((total, c) => total + pick(c), 0);
        expect(sum((c) => c.eligible)).toBe(tally.eligible);
        expect(sum((c) => c.voted)).toBe(tally.cast);
        expect(sum((c) => c.for)).toBeCloseTo(tally.for, 9);
        expect(sum((c) => c.against)).toBeCloseTo(tally.against, 9);
        expect(sum((c) => c.abstain)).toBeCloseTo(tally.abstain, 9);
        expect(tally.chambers.every((c) => c.eligible > 0 && c.voted <= c.eligible)).toBe(true);
        const order = tally.chambers.map((c) => STAKEHOLDER_GROUPS.indexOf(c.group));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        if (rule.kind !== DecisionRuleKind.WEIGHTED) {
          expect(tally.for + tally.against + tally.abstain).toBe(tally.cast);
        }
      }),
    );
  });

  it('only passes with a met quorum, a vote for, and words that agree', () => {
    fc.assert(
      fc.property(ruleArb, meetingArb, (rule, { parties, ballots }) => {
        const tally = computeTally(parties, ballots, rule);
        expect(tally.explanation.startsWith(tally.passed ? 'Passes: ' : 'Fails: ')).toBe(true);
        if (tally.passed) {
          expect(tally.quorumMet).toBe(true);
          expect(tally.for).toBeGreaterThan(0);
        }
        if (rule.kind === DecisionRuleKind.CHAMBERED) {
          const everyChamber = tally.chambers.length > 0 && tally.chambers.every((c) => c.passed);
          expect(tally.passed).toBe(everyChamber);
        }
      }),
    );
  });
});
