/** A piece of a snippet: the words of the query are the highlighted pieces. */
export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

/**
 * ts_headline marks the words it found with these. Control characters a text could hold are
 * blanked in the document first (`withoutMarks`), so every mark in a headline is one it made.
 */
export const START_MARK = '\u0002';
export const STOP_MARK = '\u0003';

/** SQL: the text `expression` with our marks blanked, ready for ts_headline. */
export const withoutMarks = (expression: string) => `translate(${expression}, E'\\x02\\x03', '  ')`;

/**
 * A headline as parts: plain text and highlighted words, never markup. The client renders each
 * part as text (a highlighted one in <mark>), so nothing in a comment is ever read as HTML.
 */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, highlighted: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.highlighted === highlighted) last.text += text;
    else parts.push({ text, highlighted });
  };
  let rest = headline;
  while (rest) {
    const start = rest.indexOf(START_MARK);
    if (start < 0) break;
    const stop = rest.indexOf(STOP_MARK, start + 1);
    if (stop < 0) break;
    push(rest.slice(0, start), false);
    push(rest.slice(start + 1, stop), true);
    rest = rest.slice(stop + 1);
  }
  push(rest.replaceAll(START_MARK, '').replaceAll(STOP_MARK, ''), false);
  return parts;
}
