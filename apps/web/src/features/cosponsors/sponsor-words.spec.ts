import { describe, expect, it } from '@jest/globals';
import { namesInWords, sponsorSpreadWords } from './sponsor-words';

describe('sponsorSpreadWords', () => {
  it('counts the sponsors per group, the largest first', () => {
    expect(
      sponsorSpreadWords([
        { group: 'CIVIL_SOCIETY', count: 1 },
        { group: 'PRIVATE_SECTOR', count: 1 },
        { group: 'GOVERNMENT', count: 2 },
      ]),
    ).toBe('2 governments, 1 company, 1 NGO');
  });

  it('says one organization in the singular, and nothing for no group', () => {
    expect(sponsorSpreadWords([{ group: 'ACADEMIA', count: 1 }])).toBe('1 academic institution');
    expect(sponsorSpreadWords([])).toBe('');
  });
});

describe('namesInWords', () => {
  it('joins names as a sentence does', () => {
    expect(namesInWords(['A'])).toBe('A');
    expect(namesInWords(['A', 'B'])).toBe('A and B');
    expect(namesInWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
