import { latinOrdinalAt, normalizeArticleNumber } from './article-number.js';
import { diffWords } from './word-diff.js';

/**
 * A place where a text cites an article of the accord: "article 6", "Article 5 bis",
 * "art. 6", "articles 5 and 7 ter". Offsets are UTF-16 code units (JavaScript's `slice`).
 */
export interface ArticleMention {
  /** Where the number starts ("6" in "article 6"). */
  start: number;
  /** How far the number may run, longest first: "6 A" or "6" in "article 6 A state…". */
  readings: [ArticleReading, ...ArticleReading[]];
}

interface ArticleReading {
  end: number;
  number: string;
}

/** A mention resolved to what it cites (a clause id, say). */
export interface SpanReference<T> {
  start: number;
  end: number;
  target: T;
}

const KEYWORD = /\b(article|art\.)(s?)(?=\s)|\b(arts\.)(?=\s)/giu;
const WHOLE = /^[1-9]\d{0,8}(?![\p{L}\p{N}])|^[1-9]\d{0,8}(?=[a-z])/iu;
const LETTERS = /^[A-Z]{1,3}(?![\p{L}\p{N}])/u;
const WORD_END = /^(?![\p{L}\p{N}])/u;
// "Article 51 of the Charter" cites another instrument; "article 6 of this Accord" does not.
const OF_ANOTHER_TEXT = /^\s+of\s+(?!this\b|the\s+present\b)/iu;
const LIST_SEPARATOR = /^\s*(?:,|;|&|and|or|to|through|–|—|-)\s*(?=[1-9])/iu;

/** The number starting at `start`, with each reading it allows, or null when there is none. */
function readNumber(text: string, start: number): ArticleMention | null {
  const whole = WHOLE.exec(text.slice(start))?.[0];
  if (whole === undefined) return null;
  let end = start + whole.length;
  let number = whole;
  const readings: ArticleMention['readings'] = [{ end, number }];
  for (;;) {
    const space = /^\s*/u.exec(text.slice(end))![0];
    const rest = text.slice(end + space.length);
    const latin = latinOrdinalAt(rest);
    // "5bis" is written too; letters need a space ("6 A", not "6A").
    if (latin && WORD_END.test(rest.slice(latin.length)) && (space || readings.length === 1)) {
      number += ` ${latin}`;
      end += space.length + latin.length;
    } else {
      const letters = space ? LETTERS.exec(rest)?.[0] : undefined;
      if (!letters) break;
      number += ` ${letters}`;
      end += space.length + letters.length;
    }
    readings.unshift({ end, number: normalizeArticleNumber(number) ?? number });
  }
  // A whole number glued to other letters ("6a", "6th") is not one of ours.
  if (readings.length === 1 && !WORD_END.test(text.slice(end))) return null;
  if (OF_ANOTHER_TEXT.test(text.slice(end))) return null;
  return { start, readings };
}

/** Every mention of an article number in `text`, in order. */
export function findArticleMentions(text: string): ArticleMention[] {
  const mentions: ArticleMention[] = [];
  for (const keyword of text.matchAll(KEYWORD)) {
    const plural = Boolean(keyword[2] || keyword[3]);
    let at = keyword.index + keyword[0].length;
    at += /^\s*/u.exec(text.slice(at))![0].length;
    for (;;) {
      const mention = readNumber(text, at);
      if (!mention) break;
      mentions.push(mention);
      // "articles 5, 6 and 7 bis": each number is a mention; a singular keyword takes one.
      const separator = plural ? LIST_SEPARATOR.exec(text.slice(mention.readings[0].end)) : null;
      if (!separator) break;
      at = mention.readings[0].end + separator[0].length;
    }
  }
  return mentions;
}

/**
 * The references of `text` to the articles numbered as in `numbered` (number → target). A
 * mention takes its longest reading that names an article; `kept` references (carried from an
 * earlier text by `carryReferences`) win where the words are still exactly theirs, since they
 * were written under the numbering of their time.
 */
export function recognizeReferences<T>(
  text: string,
  numbered: ReadonlyMap<string, T>,
  kept: readonly SpanReference<T>[] = [],
): SpanReference<T>[] {
  const references: SpanReference<T>[] = [];
  for (const { start, readings } of findArticleMentions(text)) {
    for (const { end, number } of readings) {
      const carried = kept.find((r) => r.start === start && r.end === end);
      if (carried) {
        references.push(carried);
        break;
      }
      const target = numbered.get(number);
      if (target !== undefined) {
        references.push({ start, end, target });
        break;
      }
    }
  }
  return references;
}

/**
 * The references of `from` whose words are unchanged in `to`, at their offsets in `to`: an edit
 * that leaves "article 6" alone keeps citing the article it meant when it was written.
 */
export function carryReferences<T>(
  from: string,
  to: string,
  references: readonly SpanReference<T>[],
): SpanReference<T>[] {
  const carried: SpanReference<T>[] = [];
  let inFrom = 0;
  let inTo = 0;
  for (const part of diffWords(from, to)) {
    if (part.op === 'equal') {
      const shift = inTo - inFrom;
      for (const r of references)
        if (r.start >= inFrom && r.end <= inFrom + part.text.length)
          carried.push({ ...r, start: r.start + shift, end: r.end + shift });
    }
    if (part.op !== 'insert') inFrom += part.text.length;
    if (part.op !== 'delete') inTo += part.text.length;
  }
  return carried;
}
