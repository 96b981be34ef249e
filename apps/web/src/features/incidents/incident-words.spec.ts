import { describe, expect, it } from '@jest/globals';
import { breachBand, cellWords, incidentDates } from './incident-words';

describe('incident words', () => {
  it('says a matrix cell in words, the colour band only repeating them', () => {
    expect(cellWords({ breached: 0, total: 0 })).toBe('Not assessed');
    expect(cellWords({ breached: 1, total: 1 })).toBe('1 of 1 finds a breach');
    expect(cellWords({ breached: 2, total: 3 })).toBe('2 of 3 find a breach');
    expect(
      [
        { breachShare: 0, total: 0 },
        { breachShare: 0, total: 2 },
        { breachShare: 0.25, total: 4 },
        { breachShare: 2 / 3, total: 3 },
        { breachShare: 1, total: 2 },
      ].map(breachBand),
    ).toEqual(['none', 'zero', 'low', 'most', 'all']);
  });

  it('reads partial dates as words', () => {
    expect(incidentDates('2010', null)).toBe('2010');
    expect(incidentDates('2014-11-24', '2014-12')).toBe('24 November 2014 – December 2014');
    expect(incidentDates('2017-05-12', '2017-05-12')).toBe('12 May 2017');
  });
});
