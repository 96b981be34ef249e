import { findMentions, mentionedPeople, mentionName } from './mentions.js';

const people = [
  { id: 'elena', displayName: 'Elena Marsh' },
  { id: 'tomas', displayName: 'Tomas Lindqvist' },
  { id: 'amina', displayName: 'Amina Diallo (Secretariat)' },
  { id: 'ana-1', displayName: 'Ana Ruiz' },
  { id: 'ana-2', displayName: 'Ana Costa' },
];

describe('mentions', () => {
  it('drops a trailing note from the name', () => {
    expect(mentionName('Amina Diallo (Secretariat)')).toBe('Amina Diallo');
    expect(mentionName('  Elena   Marsh ')).toBe('Elena Marsh');
  });

  it('finds full names, case-insensitively, with their place in the text', () => {
    const text = 'Thanks @elena marsh, and @Amina Diallo: see article 3.';
    expect(findMentions(text, people)).toEqual([
      { personId: 'elena', start: 7, length: 12 },
      { personId: 'amina', start: 25, length: 13 },
    ]);
  });

  it('accepts a first name only when no one else has it', () => {
    expect(mentionedPeople('@Tomas, @Ana, @Ana Costa', people)).toEqual(['tomas', 'ana-2']);
  });

  it('needs a word boundary on both sides', () => {
    expect(mentionedPeople('mail elena@marsh.example or @Elenas', people)).toEqual([]);
    expect(mentionedPeople('(@Elena Marsh)', people)).toEqual(['elena']);
  });

  it('counts a person once however often named', () => {
    expect(mentionedPeople('@Elena @Elena Marsh @elena', people)).toEqual(['elena']);
  });

  it('finds nothing without people or an @', () => {
    expect(findMentions('@Elena', [])).toEqual([]);
    expect(findMentions('no mention here', people)).toEqual([]);
  });
});
