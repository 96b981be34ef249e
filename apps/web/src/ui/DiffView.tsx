import './DiffView.css';

export interface DiffPartView {
  op: string;
  text: string;
}

/**
 * A word diff as running text: deletions struck through, insertions underlined, each also
 * announced in words to screen readers (colour is never the only signal).
 */
export function DiffView({ parts, label = 'Changes' }: { parts: DiffPartView[]; label?: string }) {
  const changed = parts.some((part) => part.op !== 'equal');
  return (
    <figure className="diff" aria-label={label}>
      <p className="diff__text">
        {parts.map((part, index) => {
          switch (part.op) {
            case 'insert':
              return (
                <ins key={index} className="diff__ins">
                  <span className="visually-hidden">[inserted: </span>
                  {part.text}
                  <span className="visually-hidden">]</span>
                </ins>
              );
            case 'delete':
              return (
                <del key={index} className="diff__del">
                  <span className="visually-hidden">[deleted: </span>
                  {part.text}
                  <span className="visually-hidden">]</span>
                </del>
              );
            default:
              return <span key={index}>{part.text}</span>;
          }
        })}
      </p>
      <figcaption className="diff__legend">
        {changed ? (
          <>
            <del className="diff__del">deleted</del> <ins className="diff__ins">inserted</ins>
          </>
        ) : (
          'No change to the text.'
        )}
      </figcaption>
    </figure>
  );
}
