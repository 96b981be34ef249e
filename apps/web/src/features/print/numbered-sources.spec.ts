import { describe, expect, it } from '@jest/globals';
import { numberedSources } from './PrintPage';

describe('numberedSources', () => {
  it('numbers the sources of the clauses in reading order, from 1', () => {
    const { marks, notes } = numberedSources([
      { id: 'a', current: { sources: ['UN GGE 2015, norm 13(c)', 'Paris Call'] } },
      { id: 'b', current: { sources: [] } },
      { id: 'c', current: { sources: ['Tech Accord, principle 2'] } },
    ]);
    expect(Object.fromEntries(marks)).toEqual({ a: [1, 2], b: [], c: [3] });
    expect(notes).toEqual(['UN GGE 2015, norm 13(c)', 'Paris Call', 'Tech Accord, principle 2']);
  });
});
