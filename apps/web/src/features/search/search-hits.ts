import type { SearchQuery as SearchResult } from '../../data/gql/graphql';
import { groupLabels, kindLabels, statusLabels } from '../../ui/format';
import { clauseAnchor } from '../accords/ArticleReference';

export type SearchHit = SearchResult['search']['hits'][number];

/** Where a hit is read: the clause in the text (or its history, for an earlier version), the amendment. */
export function hitLink(hit: SearchHit): string | null {
  const accord = hit.accord?.id;
  if (!accord) return null;
  if (hit.amendment) return `/accords/${accord}/amendments/${hit.amendment.id}`;
  if (hit.clause) {
    return hit.clause.current && !hit.clause.removed
      ? `/accords/${accord}#${clauseAnchor(hit.clause.id)}`
      : `/accords/${accord}/history?clause=${hit.clause.id}`;
  }
  return `/accords/${accord}`;
}

/** What a hit is, in a line: "Article 5 — Due diligence (version 2, earlier)". */
export function hitTitle(hit: SearchHit): string {
  const heading = hit.heading ? ` — ${hit.heading}` : '';
  switch (hit.kind) {
    case 'CLAUSE': {
      const clause = hit.clause;
      if (!clause) return `Clause${heading}`;
      const when = clause.removed
        ? ` (version ${clause.version}, removed from the text)`
        : clause.current
          ? ''
          : ` (earlier version ${clause.version})`;
      return `Article ${clause.number}${heading}${when}`;
    }
    case 'AMENDMENT':
      return `Amendment: ${hit.amendment ? kindLabels[hit.amendment.kind] : ''}${
        hit.clause ? ` to Article ${hit.clause.number}` : ''
      }${heading}${hit.amendment ? ` (${statusLabels[hit.amendment.status]})` : ''}`;
    case 'COMMENT':
      return hit.amendment
        ? `${hit.comment?.parentId ? 'Reply' : 'Comment'} on an amendment${
            hit.clause ? ` to Article ${hit.clause.number}` : ''
          }`
        : `${hit.comment?.parentId ? 'Reply' : 'Comment'} on Article ${hit.clause?.number ?? ''}${
            hit.clause && !hit.clause.current ? ` (version ${hit.clause.version})` : ''
          }`;
    case 'ORGANIZATION': {
      const org = hit.organization;
      return org
        ? `${org.name} (${groupLabels[org.group]}${org.country ? `, ${org.country}` : ''})`
        : 'Organization';
    }
  }
}
