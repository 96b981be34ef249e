import { describe, expect, it } from '@jest/globals';
import { NormativeForce, NormCoverage } from '@plenary/contracts';
import { compareNorms, coverageCounts, coverageOf } from './norm-coverage.js';

const { BINDING, VOLUNTARY } = NormativeForce;

describe('norm coverage', () => {
  it('is SILENT without a citing clause, else the strongest clause against the norm', () => {
    expect(coverageOf(VOLUNTARY, [])).toBe(NormCoverage.SILENT);
    expect(coverageOf(VOLUNTARY, [VOLUNTARY, BINDING])).toBe(NormCoverage.STRONGER);
    expect(coverageOf(BINDING, [VOLUNTARY])).toBe(NormCoverage.WEAKER);
    expect(coverageOf(BINDING, [VOLUNTARY, BINDING])).toBe(NormCoverage.EQUIVALENT);
    expect(coverageOf(VOLUNTARY, [VOLUNTARY])).toBe(NormCoverage.EQUIVALENT);
  });

  it('lists the citing clauses of each norm in the order of the text, and counts', () => {
    const clause = (number: string, force: NormativeForce, normIds: string[]) => ({
      clauseId: `c${number}`,
      number,
      heading: null,
      force,
      citations: normIds.map((normId) => ({ normId, source: null })),
    });
    const rows = compareNorms(
      [
        { id: 'f', force: VOLUNTARY },
        { id: 'dgc1', force: BINDING },
        { id: 'k', force: VOLUNTARY },
      ],
      [clause('1', BINDING, ['f']), clause('2', VOLUNTARY, ['f', 'dgc1'])],
    );
    expect(rows.map((r) => [r.norm.id, r.coverage, r.clauses.map((c) => c.number)])).toEqual([
      ['f', NormCoverage.STRONGER, ['1', '2']],
      ['dgc1', NormCoverage.WEAKER, ['2']],
      ['k', NormCoverage.SILENT, []],
    ]);
    expect(coverageCounts(rows)).toEqual({ STRONGER: 1, EQUIVALENT: 0, WEAKER: 1, SILENT: 1 });
  });
});
