// Test support, not a spec: random clause texts and amendments for the property tests.
import fc from 'fast-check';

/**
 * Pieces that make diffs interesting: few distinct words so texts share tokens, several kinds of
 * whitespace, punctuation, a decomposed é (e + U+0301), CJK, Arabic, emoji ZWJ sequences, flags.
 */
// prettier-ignore
const clausePieces = [
  'the', 'parties', 'shall', 'may', 'a', 'b', 'é', 'e\u0301', 'Ω', '12',
  ' ', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u3000',
  ',', '.', ';', '-', '(', ')',
  '猫', '狗', '我', 'の', 'مرحبا', 'سلام',
  '👩🏽‍⚖️', '🇫🇷', '🇩🇪', '😀', '1️⃣',
];

export const clauseText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...clausePieces), maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  );

interface Splice {
  at: number;
  remove: number;
  insert: string;
}

const splice = (): fc.Arbitrary<Splice> =>
  fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: clauseText() });

// Offsets are code units on purpose: an amendment may leave a lone surrogate behind.
function amend(text: string, splices: readonly Splice[]): string {
  return splices.reduce((amended, { at, remove, insert }) => {
    const start = at % (amended.length + 1);
    return amended.slice(0, start) + insert + amended.slice(start + remove);
  }, text);
}

/** A text amended into another, a few splices at a time. */
export const amendmentOf = (text: string): fc.Arbitrary<string> =>
  fc.array(splice(), { maxLength: 3 }).map((splices) => amend(text, splices));

/** Versions of a clause (at least `minVersions`), each an amendment of the one before. */
export const clauseHistory = (minVersions: number): fc.Arbitrary<string[]> => {
  const amendments = fc.array(fc.array(splice(), { maxLength: 3 }), {
    minLength: Math.max(0, minVersions - 1),
    maxLength: Math.max(5, minVersions),
  });
  return fc.tuple(clauseText(), amendments).map(([first, amendmentSplices]) => {
    const versions = [first];
    let last = first;
    for (const splices of amendmentSplices) {
      last = amend(last, splices);
      versions.push(last);
    }
    return versions;
  });
};

/** A base text and two independent amendments of it: the current text and a proposal. */
export const concurrentAmendments = (): fc.Arbitrary<[string, string, string]> =>
  clauseText().chain((base) => fc.tuple(fc.constant(base), amendmentOf(base), amendmentOf(base)));
