import {
  carryReferences,
  findArticleMentions,
  recognizeReferences,
  type SpanReference,
} from '@plenary/text-history';
import DataLoader from 'dataloader';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { groupByKeys, LoaderSource } from '../common/graphql/loaders.js';

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

/** The references made by the amendments and comments read by one request. */
export class ReferenceLoaders {
  private readonly bySource: Partial<
    Record<'amendment_id' | 'comment_id', DataLoader<string, StoredReference[]>>
  > = {};

  constructor(private readonly db: DataSource) {}

  ofAmendment(amendmentId: string): Promise<StoredReference[]> {
    return this.grouped('amendment_id', amendmentId);
  }

  ofComment(commentId: string): Promise<StoredReference[]> {
    return this.grouped('comment_id', commentId);
  }

  private grouped(column: 'amendment_id' | 'comment_id', id: string): Promise<StoredReference[]> {
    const loader = (this.bySource[column] ??= new DataLoader<string, StoredReference[]>(
      async (ids) => {
        const rows = await this.db.query<(StoredReference & { sourceId: string })[]>(
          `SELECT ${column} AS "sourceId", field, start_offset AS start, end_offset AS "end",
                  clause_id AS "clauseId"
           FROM cross_reference WHERE ${column} = ANY($1::uuid[]) ORDER BY field, start_offset`,
          [ids],
        );
        return groupByKeys(ids, rows, (r) => r.sourceId);
      },
    ));
    return loader.load(id);
  }
}

@Injectable()
export class ReferenceLoaderSource extends LoaderSource<ReferenceLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): ReferenceLoaders {
    return new ReferenceLoaders(this.db);
  }
}
