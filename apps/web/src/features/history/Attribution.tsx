// Authors beyond this many share colours (attr--0 … attr--5 in history.css).
const AUTHOR_HUES = 6;

export interface AttributedSpan {
  text: string;
  version: number;
  author: { id: string; name: string } | null;
}

/** The clause's text with each run of words underlined in its author's colour, and a legend. */
export function Attribution({ spans }: { spans: AttributedSpan[] }) {
  const authors = [...new Map(spans.map((s) => [s.author?.id ?? '', s.author])).entries()];
  const hue = (authorId: string) => authors.findIndex(([id]) => id === authorId) % AUTHOR_HUES;
  return (
    <div className="attribution">
      <p className="attribution__text" data-testid="attribution">
        {spans.map((span, index) => (
          <span
            key={index}
            className={`attr attr--${hue(span.author?.id ?? '')}`}
            title={`Version ${span.version}${span.author ? `, ${span.author.name}` : ', original text'}`}
          >
            {span.text}
          </span>
        ))}
      </p>
      <ul className="attribution__legend" aria-label="Authors">
        {authors.map(([id, author]) => (
          <li key={id || 'original'}>
            <span className={`attr-key attr--${hue(id)}`} aria-hidden="true" />
            {author?.name ?? 'Original text'}
          </li>
        ))}
      </ul>
    </div>
  );
}
