import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { selectRows } from '../common/database/select-rows.js';
import { featureLoader, groupByKeys, type Loaders } from '../common/graphql/loaders.js';
import { CommentEntity } from './comment.entity.js';

interface CountRow {
  key: string;
  count: number;
}

/** Request-scoped batch reads of threads: one query per level of a page, not one per comment. */
export class CommentLoaders {
  constructor(
    private readonly loaders: Loaders,
    private readonly db: DataSource,
  ) {}

  replies(parentId: string): Promise<CommentEntity[]> {
    return this.grouped('commentReplies', 'parentId', 'parent_id', parentId, false);
  }

  /** Top-level comments of an amendment (their replies hang below them). */
  threadsOfAmendment(amendmentId: string): Promise<CommentEntity[]> {
    return this.grouped('amendmentThreads', 'amendmentId', 'amendment_id', amendmentId, true);
  }

  /** Top-level comments of a clause, on all its versions. */
  threadsOfClause(clauseId: string): Promise<CommentEntity[]> {
    return this.grouped('clauseThreads', 'clauseId', 'clause_id', clauseId, true);
  }

  /** Comments not deleted, replies included. */
  countOnAmendment(amendmentId: string): Promise<number> {
    return this.counted('amendmentCommentCount', 'amendment_id', amendmentId);
  }

  countOnClause(clauseId: string): Promise<number> {
    return this.counted('clauseCommentCount', 'clause_id', clauseId);
  }

  private grouped(
    name: string,
    key: 'parentId' | 'amendmentId' | 'clauseId',
    column: 'parent_id' | 'amendment_id' | 'clause_id',
    id: string,
    topLevelOnly: boolean,
  ): Promise<CommentEntity[]> {
    return featureLoader(
      this.loaders,
      name,
      () =>
        new DataLoader<string, CommentEntity[]>(async (ids) =>
          groupByKeys(
            ids,
            await selectRows(
              this.db,
              CommentEntity,
              `WHERE t.${column} = ANY($1::uuid[]) ${topLevelOnly ? 'AND t.parent_id IS NULL' : ''}
               ORDER BY t.created_at, t.id`,
              [ids],
            ),
            (c) => c[key]!,
          ),
        ),
    ).load(id);
  }

  private counted(name: string, column: 'amendment_id' | 'clause_id', id: string): Promise<number> {
    return featureLoader(
      this.loaders,
      name,
      () =>
        new DataLoader<string, number>(async (ids) => {
          const rows = await this.db.query<CountRow[]>(
            `SELECT ${column} AS key, count(*)::int AS count FROM comment
             WHERE ${column} = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY ${column}`,
            [ids],
          );
          const counts = new Map(rows.map((r) => [r.key, r.count]));
          return ids.map((id) => counts.get(id) ?? 0);
        }),
    ).load(id);
  }
}
