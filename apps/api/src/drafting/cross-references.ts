import {
  carryReferences,
  findArticleMentions,
  recognizeReferences,
  type SpanReference,
} from '@plenary/text-history';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { featureLoader, groupByKeys, type Loaders } from '../common/graphql/loaders.js';

/** Where cited words are: an amendment's TEXT or RATIONALE, a comment's BODY. */
export type ReferenceField = 'TEXT' | 'RATIONALE' | 'BODY';

export type ReferenceSource =
  { amendmentId: string; field: 'TEXT' | 'RATIONALE' } | { commentId: string; field: 'BODY' };

export interface StoredReference {
  field: ReferenceField;
  start: number;
  end: number;
  clauseId: string;
}

const sourceCondition = (source: ReferenceSource) =>
  'commentId' in source
    ? { sql: `comment_id = $1 AND field = $2`, id: source.commentId }
    : { sql: `amendment_id = $1 AND field = $2`, id: source.amendmentId };

/**
 * Records which clause each "article 6" of `text` names now, under the accord's lock, in place
 * of what the field cited before. With `previousText` (an edit), words left unchanged keep the
 * clause they named when first written, whatever the numbering has done since.
 */
export async function recordReferences(
  db: EntityManager,
  accordId: string,
  source: ReferenceSource,
  text: string | null,
  previousText?: string | null,
): Promise<void> {
  const mentions = text ? findArticleMentions(text) : [];
  // Most texts cite no article: no query at all then.
  if (mentions.length === 0 && previousText == null) return;
  const where = sourceCondition(source);
  let kept: SpanReference<string>[] = [];
  if (previousText != null) {
    // Through a CTE: TypeORM's query() gives [rows, count] for a bare DELETE … RETURNING.
    const before = await db.query<{ start: number; end: number; target: string }[]>(
      `WITH gone AS (DELETE FROM cross_reference WHERE ${where.sql}
         RETURNING start_offset AS start, end_offset AS "end", clause_id AS target)
       SELECT * FROM gone`,
      [where.id, source.field],
    );
    kept = text ? carryReferences(previousText, text, before) : [];
  }
  if (!text || mentions.length === 0) return;
  const numbered = await db.query<{ id: string; number: string }[]>(
    `SELECT id, number FROM clause WHERE accord_id = $1 AND holds_number`,
    [accordId],
  );
  const references = recognizeReferences(
    text,
    new Map(numbered.map((c) => [c.number, c.id])),
    kept,
  );
  if (references.length === 0) return;
  await db.query(
    `INSERT INTO cross_reference (accord_id, amendment_id, comment_id, field, start_offset, end_offset, clause_id)
     SELECT $1, $2, $3, $4, r.start_offset, r.end_offset, r.clause_id
     FROM unnest($5::int[], $6::int[], $7::uuid[]) AS r(start_offset, end_offset, clause_id)`,
    [
      accordId,
      'amendmentId' in source ? source.amendmentId : null,
      'commentId' in source ? source.commentId : null,
      source.field,
      references.map((r) => r.start),
      references.map((r) => r.end),
      references.map((r) => r.target),
    ],
  );
}

/** Request-scoped batch reads of the references made by amendments and comments. */
export class ReferenceLoaders {
  constructor(
    private readonly loaders: Loaders,
    private readonly db: DataSource,
  ) {}

  ofAmendment(amendmentId: string): Promise<StoredReference[]> {
    return this.grouped('referencesOfAmendment', 'amendment_id', amendmentId);
  }

  ofComment(commentId: string): Promise<StoredReference[]> {
    return this.grouped('referencesOfComment', 'comment_id', commentId);
  }

  private grouped(
    name: string,
    column: 'amendment_id' | 'comment_id',
    id: string,
  ): Promise<StoredReference[]> {
    return featureLoader(
      this.loaders,
      name,
      () =>
        new DataLoader<string, StoredReference[]>(async (ids) => {
          const rows = await this.db.query<(StoredReference & { sourceId: string })[]>(
            `SELECT ${column} AS "sourceId", field, start_offset AS start, end_offset AS "end",
                    clause_id AS "clauseId"
             FROM cross_reference WHERE ${column} = ANY($1::uuid[]) ORDER BY field, start_offset`,
            [ids],
          );
          return groupByKeys(ids, rows, (r) => r.sourceId);
        }),
    ).load(id);
  }
}
