import { assertNever } from './exhaustive.js';
import { groupName } from './stakeholder-groups.js';
import type { ChamberVerdict, Verdict } from './verdicts.js';

// Same tolerance as thresholds: 0.6667 is shown as "2/3".
const FRACTION_TOLERANCE = 0.00005;
const NAMED_FRACTIONS: readonly [number, string][] = [
  [1 / 2, '1/2'],
  [2 / 3, '2/3'],
  [3 / 4, '3/4'],
];

/** Votes as people read them: whole numbers stay whole, weighted sums get at most 2 decimals. */
export function formatAmount(amount: number): string {
  return String(Number(amount.toFixed(2)));
}

/** A share such as 0.6 as "60%", with at most one decimal. */
export function formatPercent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/** Thresholds as fractions when they are 1/2, 2/3 or 3/4, otherwise as percentages. */
export function formatThreshold(threshold: number): string {
  const named = NAMED_FRACTIONS.find(
    ([value]) => Math.abs(threshold - value) <= FRACTION_TOLERANCE,
  );
  return named ? named[1] : `${Number((threshold * 100).toFixed(2))}%`;
}

function ofCast(forVotes: number, cast: number): string {
  return cast > 0 ? ` (${formatPercent(forVotes / cast)})` : '';
}

function chamberVotes(chamber: ChamberVerdict): string {
  return `${formatAmount(chamber.for)} for, ${formatAmount(chamber.against)} against`;
}

function chamberFailure(chamber: ChamberVerdict, threshold: number | null): string {
  const name = groupName(chamber.group);
  if (!chamber.quorumMet) {
    return `quorum not met in the ${name} chamber — ${chamber.voted} of ${chamber.eligible} voted, ${chamber.needed} needed`;
  }
  if (chamber.for + chamber.against === 0) return `no votes cast in the ${name} chamber`;
  const votes = `${name} chamber ${chamberVotes(chamber)}`;
  if (threshold === null) return votes;
  const share = formatPercent(chamber.for / (chamber.for + chamber.against));
  return `${votes} (${share}, needs ${formatThreshold(threshold)})`;
}

function explainChambered(verdict: Extract<Verdict, { decidedBy: 'CHAMBERED' }>): string {
  const { chambers, threshold } = verdict;
  if (verdict.passed) {
    const what = threshold === null ? 'majority' : `${formatThreshold(threshold)} of votes cast`;
    const detail = chambers.map((c) => `${groupName(c.group)} ${chamberVotes(c)}`).join('; ');
    return `Passes: ${what} in every chamber — ${detail}.`;
  }
  // Name every failing chamber, in the enum's order.
  const failures = chambers.filter((c) => !c.passed).map((c) => chamberFailure(c, threshold));
  return `Fails: ${failures.join('; ')}.`;
}

/** Puts a verdict into one or two plain sentences, naming what decides. */
export function explain(verdict: Verdict): string {
  switch (verdict.decidedBy) {
    case 'NO_PARTIES':
      return 'Fails: the accord has no parties.';
    case 'QUORUM': {
      const parties = verdict.eligible === 1 ? 'party' : 'parties';
      return `Fails: quorum not met — ${verdict.voted} of ${verdict.eligible} ${parties} voted, ${verdict.needed} needed.`;
    }
    case 'NO_VOTES_CAST':
      return 'Fails: no votes cast.';
    case 'SIMPLE_MAJORITY': {
      const votes = `${verdict.for} for, ${verdict.against} against, ${verdict.abstain} abstaining`;
      return verdict.passed
        ? `Passes: ${votes} (simple majority).`
        : `Fails: ${votes} (simple majority needs more for than against).`;
    }
    case 'QUALIFIED_MAJORITY': {
      const needs = formatThreshold(verdict.threshold);
      const share = ofCast(verdict.for, verdict.cast);
      return verdict.passed
        ? `Passes: ${verdict.for} of ${verdict.cast} votes cast are for${share}, needs ${needs}.`
        : `Fails: needs ${needs} of votes cast, has ${verdict.for} of ${verdict.cast}${share}.`;
    }
    case 'CONSENSUS': {
      if (verdict.against > 0) {
        return verdict.against === 1
          ? 'Fails: a formal objection blocks consensus (1 against).'
          : `Fails: formal objections block consensus (${verdict.against} against).`;
      }
      return `Passes: ${verdict.for} for, no objection, ${verdict.abstain} abstaining (consensus).`;
    }
    case 'CHAMBERED':
      return explainChambered(verdict);
    case 'WEIGHTED': {
      const cast = verdict.for + verdict.against;
      const votes = `weighted ${formatAmount(verdict.for)} for, ${formatAmount(verdict.against)} against of ${formatAmount(cast)} cast`;
      return `${verdict.passed ? 'Passes' : 'Fails'}: ${votes}${ofCast(verdict.for, cast)}, needs ${formatThreshold(verdict.threshold)}.`;
    }
    default:
      return assertNever(verdict);
  }
}
