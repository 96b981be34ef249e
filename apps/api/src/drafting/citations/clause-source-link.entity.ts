import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A free-text source of a clause linked to a norm (`clause.sourceLinked`). It holds for every
 * version of the clause that carries that source, so a new version that keeps it stays linked.
 */
@Entity('clause_source_link')
export class ClauseSourceLinkEntity {
  @PrimaryColumn({ name: 'clause_id', type: 'uuid' }) clauseId!: string;
  @PrimaryColumn({ type: 'varchar', length: 500 }) source!: string;
  @Column({ name: 'norm_id', type: 'uuid' }) normId!: string;
  @Column({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  @Column({ name: 'linked_seq', type: 'integer' }) linkedSeq!: number;
  @Column({ name: 'linked_by', type: 'uuid', nullable: true }) linkedBy!: string | null;
}

/** One citation of a norm by a clause version or an amendment. */
export interface NormCitation {
  normId: string;
  /** The free-text source linked to the norm; null when the norm is cited directly. */
  source: string | null;
}

/**
 * What a version (or an amendment) cites: the norms it names directly, then its free-text sources
 * that are linked to a norm, in the order of its sources. A norm cited both ways counts once.
 */
export function citationsOf(
  cited: { normIds: string[]; sources: string[] },
  links: Pick<ClauseSourceLinkEntity, 'source' | 'normId'>[],
): NormCitation[] {
  const bySource = new Map(links.map((l) => [l.source, l.normId]));
  const citations: NormCitation[] = cited.normIds.map((normId) => ({ normId, source: null }));
  const seen = new Set(cited.normIds);
  for (const source of cited.sources) {
    const normId = bySource.get(source);
    if (normId === undefined || seen.has(normId)) continue;
    seen.add(normId);
    citations.push({ normId, source });
  }
  return citations;
}
