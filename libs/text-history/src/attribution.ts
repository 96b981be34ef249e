import { alignTokens } from './token-alignment.js';
import { tokenize } from './tokenize.js';

/** A stretch of clause text credited to whoever introduced it (`meta`: version, delegate, …). */
export interface AttributedSpan<M> {
  text: string;
  meta: M;
}

/** A version of a clause text and the credit for what it introduced. */
export interface TextVersion<M> {
  text: string;
  meta: M;
}

export interface AttributionOptions<M> {
  /**
   * Whether two credits are the same, so that neighbouring spans join. Defaults to `Object.is`;
   * pass e.g. `sameVersion` when metas are rebuilt from storage and so never identical objects.
   */
  sameMeta?: (a: M, b: M) => boolean;
}

/** Credits are the same when they name the same clause version. */
export function sameVersion(a: { version: number }, b: { version: number }): boolean {
  return a.version === b.version;
}

/** Attribution of a first version: the whole text is credited to it. */
export function startAttribution<M>(text: string, meta: M): AttributedSpan<M>[] {
  return text === '' ? [] : [{ text, meta }];
}

/**
 * Attribution of the next version from that of the previous one, like `git blame` by word:
 * tokens the new text keeps retain their credit (a token split across spans keeps each piece's),
 * tokens it adds are credited to `meta`. Costs a diff of the two texts, whatever the history
 * length. The spans' texts join to exactly `nextText`; neighbouring spans never share a credit.
 */
export function advanceAttribution<M>(
  previousSpans: readonly AttributedSpan<M>[],
  nextText: string,
  meta: M,
  options: AttributionOptions<M> = {},
): AttributedSpan<M>[] {
  const sameMeta = options.sameMeta ?? Object.is;
  const spans: AttributedSpan<M>[] = [];
  const credit = (text: string, spanMeta: M): void => {
    if (text === '') return;
    const last = spans.at(-1);
    if (last && sameMeta(last.meta, spanMeta)) last.text += text;
    else spans.push({ text, meta: spanMeta });
  };

  const previous = new SpanReader(previousSpans);
  const previousText = previousSpans.map((span) => span.text).join('');
  for (const run of alignTokens(tokenize(previousText), tokenize(nextText))) {
    if (run.kind === 'kept') {
      for (const piece of previous.take(length(run.tokens))) credit(piece.text, piece.meta);
    } else {
      previous.take(length(run.removed));
      credit(run.added.join(''), meta);
    }
  }
  return spans;
}

/** Attribution of the last version of a history, oldest version first. */
export function attribute<M>(
  versions: readonly TextVersion<M>[],
  options: AttributionOptions<M> = {},
): AttributedSpan<M>[] {
  const [first, ...later] = versions;
  if (!first) return [];
  return later.reduce(
    (spans, version) => advanceAttribution(spans, version.text, version.meta, options),
    startAttribution(first.text, first.meta),
  );
}

const length = (tokens: readonly string[]): number =>
  tokens.reduce((sum, token) => sum + token.length, 0);

/** Reads the previous spans front to back, by character counts that may cut through spans. */
class SpanReader<M> {
  private spanIndex = 0;
  private offset = 0;

  constructor(private readonly spans: readonly AttributedSpan<M>[]) {}

  take(count: number): AttributedSpan<M>[] {
    const pieces: AttributedSpan<M>[] = [];
    let remaining = count;
    for (
      let span = this.spans[this.spanIndex];
      remaining > 0 && span !== undefined;
      span = this.spans[this.spanIndex]
    ) {
      const piece = span.text.slice(this.offset, this.offset + remaining);
      pieces.push({ text: piece, meta: span.meta });
      remaining -= piece.length;
      this.offset += piece.length;
      if (this.offset === span.text.length) {
        this.spanIndex++;
        this.offset = 0;
      }
    }
    return pieces;
  }
}
