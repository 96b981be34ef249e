// Mentions in comments: "@Elena Marsh" (or "@Elena" when no one else in the accord is called
// Elena) names a person. People are matched by name, not by a handle, because delegates know each
// other by name; the API and the web app share this rule so a highlighted mention is a notified one.

export interface MentionablePerson {
  id: string;
  displayName: string;
}

export interface Mention {
  personId: string;
  /** Where the "@" stands in the text, and the length of "@" plus the name as written. */
  start: number;
  length: number;
}

/** "Amina Diallo (Secretariat)" is mentioned as "@Amina Diallo": a trailing note is not part of it. */
export function mentionName(displayName: string): string {
  return displayName
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .trim()
    .replace(/\s+/gu, ' ');
}

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** Every mention in the text, in order; the longest name wins ("@Elena Marsh" over "@Elena"). */
export function findMentions(text: string, people: readonly MentionablePerson[]): Mention[] {
  const names = mentionNames(people);
  const mentions: Mention[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at > 0 && WORD_CHARACTER.test(text[at - 1] ?? '')) continue; // an email address
    const rest = text.slice(at + 1, at + 1 + names.longest).toLocaleLowerCase();
    const match = names.byLength.find(
      ({ name }) => rest.startsWith(name) && !WORD_CHARACTER.test(text[at + 1 + name.length] ?? ''),
    );
    if (match)
      mentions.push({ personId: match.personId, start: at, length: match.name.length + 1 });
  }
  return mentions;
}

/** The distinct people mentioned, in the order first mentioned. */
export function mentionedPeople(text: string, people: readonly MentionablePerson[]): string[] {
  return [...new Set(findMentions(text, people).map((mention) => mention.personId))];
}

function mentionNames(people: readonly MentionablePerson[]) {
  const firstNames = new Map<string, string[]>();
  const candidates: { name: string; personId: string }[] = [];
  for (const person of people) {
    const name = mentionName(person.displayName).toLocaleLowerCase();
    if (!name) continue;
    candidates.push({ name, personId: person.id });
    const first = name.split(' ')[0] ?? name;
    if (first !== name) firstNames.set(first, [...(firstNames.get(first) ?? []), person.id]);
  }
  for (const [first, ids] of firstNames) {
    const fullNameTaken = candidates.some((candidate) => candidate.name === first);
    if (ids.length === 1 && !fullNameTaken) candidates.push({ name: first, personId: ids[0]! });
  }
  const byLength = candidates.sort((a, b) => b.name.length - a.name.length);
  return { byLength, longest: byLength[0]?.name.length ?? 0 };
}
