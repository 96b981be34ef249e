/**
 * Splits clause text into the tokens that diffs, merges and attribution work on.
 *
 * Tokens never cut a grapheme cluster (Unicode UAX #29, as Intl.Segmenter finds them), so a
 * combining mark stays with its letter (e + U+0301), and an emoji ZWJ sequence (👩🏽‍⚖️), a flag
 * (🇫🇷) or a keycap never breaks, nor does a surrogate pair. Graphemes are grouped into:
 * - a word: a run of graphemes starting with a letter, digit or mark (\p{L}\p{N}\p{M});
 * - a run of whitespace;
 * - any other grapheme alone: punctuation, symbol, emoji.
 * Han, Hiragana and Katakana graphemes are each a token of their own: those scripts put no
 * spaces between words, so a run would make a one-character amendment replace a whole sentence.
 *
 * Joining the tokens gives back exactly the input, including lone surrogates.
 */
export function tokenize(text: string): string[] {
  // Intl.Segmenter costs microseconds per grapheme, so it is only used when some character could
  // join a grapheme with its neighbour; otherwise every code point is its own grapheme (but CR LF,
  // which lands in one whitespace run anyway) and a regex gives the same tokens.
  if (mayJoinGraphemes.test(text)) return tokenizeByGraphemes(text);
  return text.match(simpleToken) ?? [];
}

/** The reference tokenization, segmenting the whole text into graphemes first. */
export function tokenizeByGraphemes(text: string): string[] {
  const tokens: string[] = [];
  let previousClass: GraphemeClass | undefined;
  for (const { segment } of graphemes.segment(text)) {
    const graphemeClass = classify(segment);
    const extendsPrevious =
      graphemeClass === previousClass && (graphemeClass === 'word' || graphemeClass === 'space');
    if (extendsPrevious) tokens[tokens.length - 1] += segment;
    else tokens.push(segment);
    previousClass = graphemeClass;
  }
  return tokens;
}

type GraphemeClass = 'word' | 'space' | 'ideograph' | 'other';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Script_Extensions, so marks shared by Chinese and Japanese (々, ー) count as well.
const ideograph = String.raw`\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}`;
const ideographStart = new RegExp(`^[${ideograph}]`, 'u');
const wordStart = /^[\p{L}\p{N}\p{M}]/u;
const allSpace = /^\s+$/u;

function classify(grapheme: string): GraphemeClass {
  if (allSpace.test(grapheme)) return 'space';
  if (ideographStart.test(grapheme)) return 'ideograph';
  if (wordStart.test(grapheme)) return 'word';
  return 'other';
}

/*
 * Characters whose grapheme break property is not "Other": marks and other extenders, format
 * characters (ZWJ, Arabic number signs that prepend), regional indicators, emoji and their skin
 * tones, and the few spacing marks and prepended letters that are not in those categories.
 * Hangul jamo are left out: they only join other Hangul letters, inside a word run anyway.
 */
const mayJoinGraphemes = new RegExp(
  String.raw`[\p{M}\p{Grapheme_Extend}\p{Cf}\p{RI}\p{Extended_Pictographic}\p{EMod}` +
    String.raw`\u0E33\u0EB3\u0D4E\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}` +
    String.raw`\u{11D46}\u{11F02}\u{113D1}]`,
  'u',
);

// The same grouping as `classify`, one code point per grapheme.
const simpleToken = new RegExp(
  String.raw`\s+|[${ideograph}]|(?:(?![${ideograph}])[\p{L}\p{N}\p{M}])+|[^]`,
  'gu',
);
