import { describe, expect, it } from '@jest/globals';
import { StakeholderGroup } from './enums.js';
import {
  AssessmentVerdict,
  formatPartialDate,
  isPartialDate,
  mayEndAfter,
  summarizeVerdicts,
} from './incidents.js';

describe('partial dates', () => {
  it('accepts a year, a month or a day that exist', () => {
    expect(['2010', '2014-11', '2017-05-12', '2016-02-29'].map(isPartialDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['10', '2014-13', '2017-02-29', '2017-5-12', '2017-05-12T00:00', ''].map(isPartialDate),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('an end may be less precise than the start, never before it', () => {
    expect(mayEndAfter('2010-06', '2010')).toBe(true);
    expect(mayEndAfter('2010', '2010-06')).toBe(true);
    expect(mayEndAfter('2014-11-24', '2014-11')).toBe(true);
    expect(mayEndAfter('2014-11-24', '2014-10')).toBe(false);
    expect(mayEndAfter('2017', '2016-12-31')).toBe(false);
  });

  it('reads as words', () => {
    expect(['2010', '2014-11', '2017-05-12'].map(formatPartialDate)).toEqual([
      '2010',
      'November 2014',
      '12 May 2017',
    ]);
  });
});

describe('summarizeVerdicts', () => {
  const { BREACHED, NOT_BREACHED, UNCLEAR } = AssessmentVerdict;
  const { GOVERNMENT, PRIVATE_SECTOR, CIVIL_SOCIETY } = StakeholderGroup;

  it('counts the share of breaches and the leaning of each group', () => {
    const summary = summarizeVerdicts([
      { verdict: BREACHED, group: CIVIL_SOCIETY },
      { verdict: BREACHED, group: PRIVATE_SECTOR },
      { verdict: NOT_BREACHED, group: GOVERNMENT },
      { verdict: UNCLEAR, group: GOVERNMENT },
      { verdict: NOT_BREACHED, group: GOVERNMENT },
    ]);
    expect(summary).toMatchObject({ breached: 2, notBreached: 2, unclear: 1, total: 5 });
    expect(summary.breachShare).toBeCloseTo(0.4);
    expect(summary.byGroup.map((g) => [g.group, g.leaning])).toEqual([
      [GOVERNMENT, NOT_BREACHED],
      [PRIVATE_SECTOR, BREACHED],
      [CIVIL_SOCIETY, BREACHED],
    ]);
    expect(summary.groupsDisagree).toBe(true);
  });

  it('a group that finds it unclear, or is split, disagrees with nobody', () => {
    const summary = summarizeVerdicts([
      { verdict: BREACHED, group: CIVIL_SOCIETY },
      { verdict: UNCLEAR, group: GOVERNMENT },
      { verdict: BREACHED, group: PRIVATE_SECTOR },
      { verdict: NOT_BREACHED, group: PRIVATE_SECTOR },
    ]);
    expect(summary.groupsDisagree).toBe(false);
    expect(summarizeVerdicts([])).toMatchObject({
      total: 0,
      breachShare: 0,
      groupsDisagree: false,
    });
  });
});
