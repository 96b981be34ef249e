import { describe, expect, it } from '@jest/globals';
import { agoInWords, amendmentSubject, timeLeftInWords } from './desk-words';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('the desk in words', () => {
  it('says how long a vote has left', () => {
    expect(timeLeftInWords(-1)).toBe('closing now');
    expect(timeLeftInWords(30 * 1000)).toBe('closes in 1 minute');
    expect(timeLeftInWords(45 * MINUTE)).toBe('closes in 45 minutes');
    expect(timeLeftInWords(3 * HOUR + 20 * MINUTE)).toBe('closes in 3 hours 20 minutes');
    expect(timeLeftInWords(20 * HOUR + 5 * MINUTE)).toBe('closes in 20 hours');
    expect(timeLeftInWords(30 * HOUR)).toBe('closes in 1 day 6 hours');
    expect(timeLeftInWords(7 * 24 * HOUR)).toBe('closes in 7 days');
  });

  it('says how long ago', () => {
    expect(agoInWords(10 * 1000)).toBe('just now');
    expect(agoInWords(HOUR)).toBe('1 hour ago');
    expect(agoInWords(50 * HOUR)).toBe('2 days ago');
  });

  it('names what an amendment is about', () => {
    expect(amendmentSubject({ kind: 'MODIFY_CLAUSE', article: '5 bis' })).toBe(
      'Amending article 5 bis',
    );
    expect(amendmentSubject({ kind: 'ADD_CLAUSE', heading: 'Capacity building' })).toBe(
      'New article “Capacity building”',
    );
  });
});
