import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { ClauseReferenceFieldsFragment } from '../../data/gql/graphql';
import './treaty.css';

export type ClauseReference = ClauseReferenceFieldsFragment;

/** Where a reference's article is read: its card on the accord page. */
export const clauseAnchor = (clauseId: string) => `clause-${clauseId}`;

/**
 * A cited article number as it stands now, linked to the article. The words written stay in
 * `data-written` (and in the title and for screen readers when they differ), so what the
 * delegate wrote is never lost, and quoting can count offsets in the text as stored.
 */
export function ArticleReference({ reference }: { reference: ClauseReference }) {
  const { accordId = '' } = useParams();
  const renumbered = reference.number !== reference.written;
  const title = [
    renumbered
      ? `Written as article ${reference.written}; that article is now numbered ${reference.number}`
      : `Article ${reference.number}`,
    reference.removed ? ' (since removed)' : '',
  ].join('');
  return (
    <Link
      to={`/accords/${accordId}#${clauseAnchor(reference.clauseId)}`}
      className={`xref${renumbered ? ' xref--renumbered' : ''}${reference.removed ? ' xref--removed' : ''}`}
      title={title}
      data-written={reference.written}
      data-testid="article-reference"
    >
      {reference.number}
      {renumbered && <span className="visually-hidden"> (written as {reference.written})</span>}
    </Link>
  );
}

/** Plain text with each cited article number shown as it stands now. */
export function ReferencedText({
  text,
  references,
}: {
  text: string;
  references: readonly ClauseReference[];
}) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const reference of [...references].sort((a, b) => a.start - b.start)) {
    if (reference.start < at || reference.end > text.length) continue;
    pieces.push(text.slice(at, reference.start));
    pieces.push(<ArticleReference key={reference.start} reference={reference} />);
    at = reference.end;
  }
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}

/** The references that stand on one field ("TEXT", "RATIONALE", "BODY"). */
export const referencesIn = (references: readonly ClauseReference[] | undefined, field: string) =>
  (references ?? []).filter((r) => r.field === field);
