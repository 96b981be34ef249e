import type { ClausesRenumberedPayload } from '@plenary/contracts';
import { describeRenumbering } from '@plenary/text-history';

/** "new article 5 bis, after article 5", or "… at the start of the text". */
export function newArticleWords(article: { number: string; after?: string | null }): string {
  const where =
    article.after === undefined
      ? ''
      : article.after === null
        ? ', at the start of the text'
        : `, after article ${article.after}`;
  return `new article ${article.number}${where}`;
}

/** A history line for an event, in words, where one helps (a renumbering); else null. */
export function eventInWords(type: string, payload: unknown): string | null {
  if (type !== 'clauses.renumbered') return null;
  const changes = (payload as Partial<ClausesRenumberedPayload> | null)?.changes;
  return changes ? describeRenumbering(changes) : null;
}
