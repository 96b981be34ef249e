// Small text rules shared by features that quote what people wrote.

/** The first words of a comment, on one line. */
export function excerptOf(body: string, max = 140): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** Text matched literally inside a LIKE/ILIKE pattern (its `%`, `_` and `\` escaped). */
export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);
