import type { ClauseSourceLinkedPayload } from '@plenary/contracts';
import type { AccordWrite } from '../../accord-log/accord-write.js';
import { ClauseSourceLinkEntity } from './clause-source-link.entity.js';

/** A link to record: a source of a clause's version and the norm it means, as cited now. */
export type SourceLinkToRecord = ClauseSourceLinkedPayload & {
  norm: NonNullable<ClauseSourceLinkedPayload['norm']>;
};

/**
 * Records that a free-text source of a clause refers to a norm: the `clause.sourceLinked` event
 * and the link row, in the write's transaction. Whoever links (a delegate, or a new version
 * carrying its final text's links over) writes it the same way.
 */
export async function recordSourceLink(
  write: AccordWrite,
  actorId: string | null,
  link: SourceLinkToRecord,
): Promise<void> {
  const event = await write.append('clause.sourceLinked', actorId, link);
  await write.manager.upsert(
    ClauseSourceLinkEntity,
    {
      clauseId: link.clauseId,
      source: link.source,
      normId: link.norm.normId,
      accordId: write.accordId,
      linkedSeq: event.seq,
      linkedBy: actorId,
    },
    ['clauseId', 'source'],
  );
}

/** A clause's links to norms, with how each norm is cited now. */
export interface NormLinkOfSource {
  clauseId: string;
  source: string;
  norm: SourceLinkToRecord['norm'];
}

/** Every link of an accord's clauses, with its norm's framework, in the order they were made. */
export function sourceLinksOf(write: AccordWrite, accordId: string): Promise<NormLinkOfSource[]> {
  return write.manager.query<NormLinkOfSource[]>(
    `SELECT l.clause_id AS "clauseId", l.source,
            json_build_object('normId', n.id, 'frameworkId', f.id,
                              'frameworkShortName', f.short_name, 'key', n.key) AS norm
     FROM clause_source_link l
     JOIN norm n ON n.id = l.norm_id JOIN framework f ON f.id = n.framework_id
     WHERE l.accord_id = $1 ORDER BY l.linked_seq, l.source`,
    [accordId],
  );
}
