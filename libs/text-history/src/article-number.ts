/**
 * Article numbers that stay put once given, in the diplomatic form: an article inserted after
 * article 5 is "5 bis", the next one after it "5 ter"; one inserted before an article whose
 * number leaves no room after its predecessor takes a capital letter, as in French parliamentary
 * practice ("5 bis A" comes before "5 bis", "1 A" before "1").
 *
 * A number is a path: the whole number, then tokens. A Latin token (bis = 2 … tricies = 30)
 * comes after what precedes it, a letter (A … Z) before it, so the numbers are totally ordered:
 * 1 A < 1 < 1 bis < 1 ter < 2 A < 2 < 2 bis A < 2 bis < 2 bis bis.
 */

/** Latin multiplicative adverbs, from bis (2) to tricies (30), as used for inserted articles. */
export const LATIN_ORDINALS = [
  'bis',
  'ter',
  'quater',
  'quinquies',
  'sexies',
  'septies',
  'octies',
  'novies',
  'decies',
  'undecies',
  'duodecies',
  'terdecies',
  'quaterdecies',
  'quindecies',
  'sexdecies',
  'septdecies',
  'octodecies',
  'novodecies',
  'vicies',
  'unvicies',
  'duovicies',
  'tervicies',
  'quatervicies',
  'quinvicies',
  'sexvicies',
  'septvicies',
  'octovicies',
  'novovicies',
  'tricies',
] as const;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LAST_LATIN = LATIN_ORDINALS.length + 1; // tricies = 30
const latinRank = new Map<string, number>(LATIN_ORDINALS.map((word, i) => [word, i + 2]));

/**
 * [whole number, ...tokens]: a Latin token is its rank (bis = 2, ter = 3 …), a letter is
 * negative (A = -26 … Z = -1), so comparing paths element by element, a missing element
 * counting as 0, gives the reading order.
 */
type Path = readonly number[];

const letterToken = (letter: string) => LETTERS.indexOf(letter) - LETTERS.length;
const isLetter = (token: number) => token < 0;

/** The path of a number written in canonical form ("5", "5 bis", "5 bis A", "1 AA"), or null. */
function parsePath(number: string): Path | null {
  const [first = '', ...words] = number.trim().split(/\s+/);
  if (!/^[1-9]\d{0,8}$/.test(first)) return null;
  const path = [Number(first)];
  for (const word of words) {
    const rank = latinRank.get(word);
    if (rank !== undefined) path.push(rank);
    else if (/^[A-Z]+$/.test(word)) path.push(...[...word].map(letterToken));
    else return null;
  }
  return path;
}

function formatPath(path: Path): string {
  const [head = 0, ...tail] = path;
  let out = String(head);
  let previous = head;
  for (const token of tail) {
    if (!isLetter(token)) out += ` ${LATIN_ORDINALS[token - 2]}`;
    // Letters run together, as in French practice: "1 AA" comes before "1 A".
    else out += `${isLetter(previous) ? '' : ' '}${LETTERS[token + LETTERS.length]}`;
    previous = token;
  }
  return out;
}

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Whether `number` is an article number in canonical form. */
export function isArticleNumber(number: string): boolean {
  const path = parsePath(number);
  return path !== null && formatPath(path) === number;
}

/** The canonical form of a number ("5  bis" → "5 bis"), or null when it is not one. */
export function normalizeArticleNumber(number: string): string | null {
  const path = parsePath(number);
  return path && formatPath(path);
}

/** Reading order of two article numbers (negative when `a` comes first). */
export function compareArticleNumbers(a: string, b: string): number {
  const pa = parsePath(a);
  const pb = parsePath(b);
  if (!pa || !pb) throw new Error(`not an article number: ${pa ? b : a}`);
  return comparePaths(pa, pb);
}

/** The numbers that follow `path` at its own level: 5 → 5 bis, 5 ter …; 5 bis → 5 ter …; 5 A → 5 B … */
function* followers(path: Path): Generator<Path> {
  const last = path.at(-1)!;
  if (path.length === 1) yield* children(path);
  else if (isLetter(last)) for (let t = last + 1; t < 0; t++) yield [...path.slice(0, -1), t];
  else for (let t = last + 1; t <= LAST_LATIN; t++) yield [...path.slice(0, -1), t];
}

function* children(path: Path): Generator<Path> {
  for (let t = 2; t <= LAST_LATIN; t++) yield [...path, t];
}

function* lettersBefore(path: Path): Generator<Path> {
  for (let t = -LETTERS.length; t < 0; t++) yield [...path, t];
}

/** The next whole number after every number taken: what an article appended at the end gets. */
export function nextWholeNumber(taken: Iterable<string>): string {
  let highest = 0;
  for (const number of taken) highest = Math.max(highest, parsePath(number)?.[0] ?? 0);
  return String(highest + 1);
}

/**
 * The number for an article inserted between the articles numbered `previous` and `next` (null
 * at either end of the text), never one of `taken` (every number still held: live articles and
 * those removed since the last renumbering).
 *
 * - At the end: the next whole number.
 * - After article N: the first free of N bis, N ter … that still reads before `next`
 *   (after 5 comes 5 bis; after 5 bis, 5 ter).
 * - When none does (between 5 and 5 bis), or at the start of the text: `next` with a letter,
 *   the first free of "5 bis A", "5 bis B" … after `previous` ("1 A" before article 1).
 * - When the text is out of order after a move (7 before 6), it goes after `previous` only.
 * - Should all of that be taken (26 letters, 29 Latin ranks), the next whole number: out of
 *   order, but unique; the facilitator renumbers.
 */
export function numberForInsertion(
  previous: string | null,
  next: string | null,
  taken: Iterable<string>,
): string {
  const held = new Set(taken);
  if (next === null) return nextWholeNumber(held);
  const before = previous === null ? null : parsePath(previous);
  const after = parsePath(next);
  const inOrder = before === null || after === null || comparePaths(before, after) < 0;
  const upper = inOrder ? after : null;
  const fits = (path: Path) =>
    !held.has(formatPath(path)) &&
    (before === null || comparePaths(before, path) < 0) &&
    (upper === null || comparePaths(path, upper) < 0);
  const candidates = function* () {
    if (before) yield* followers(before);
    if (upper) yield* lettersBefore(upper);
    if (before && before.length > 1) yield* children(before);
  };
  for (const path of candidates()) if (fits(path)) return formatPath(path);
  return nextWholeNumber(held);
}

/** One number that changes in a renumbering. */
export interface Renumbered<Id> {
  id: Id;
  from: string;
  to: string;
}

/** Gives the articles, in reading order, the numbers 1, 2, 3 …: the ones that change. */
export function renumbering<Id>(ordered: readonly { id: Id; number: string }[]): Renumbered<Id>[] {
  return ordered
    .map(({ id, number }, i) => ({ id, from: number, to: String(i + 1) }))
    .filter((change) => change.from !== change.to);
}

/** "Renumbered: 5 bis → 6, 6 → 7", in words for the history. */
export function describeRenumbering(changes: readonly { from: string; to: string }[]): string {
  return `Renumbered: ${changes.map((c) => `${c.from} → ${c.to}`).join(', ')}`;
}

/** The Latin token at the head of `text` ("bis", "Ter"), matched case-insensitively, or null. */
export function latinOrdinalAt(text: string): string | null {
  const word = /^[a-z]+/i.exec(text)?.[0].toLowerCase();
  return word !== undefined && latinRank.has(word) ? word : null;
}
