import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readQuery } from '../common/database/read-query.js';
import { selectRows } from '../common/database/select-rows.js';
import { groupByKeys, LoaderSource } from '../common/graphql/loaders.js';
import { CommentEntity } from './comment.entity.js';

/** A comment read with its author's name: a page shows who wrote each comment. */
export type CommentRow = CommentEntity & AuthorColumns;

interface AuthorColumns {
  authorEmail: string;
  authorDisplayName: string;
}

interface CountRow {
  key: string;
  count: number;
  asOf: number;
}

/**
 * A comment count and the accord's log position it includes, read in one statement (one
 * snapshot): comments and the log head are written in one transaction, so the count holds
 * exactly the comment events up to `asOf`. A live page adds only later events to it.
 */
export interface CommentCount {
  count: number;
  asOf: number;
}

type ThreadKind = 'replies' | 'amendmentThreads' | 'clauseThreads';
type CountKind = 'amendment_id' | 'clause_id';

/** The threads read by one request: one query per level of a page, not one per comment. */
export class CommentLoaders {
  private readonly threads: Partial<Record<ThreadKind, DataLoader<string, CommentRow[]>>> = {};
  private readonly counts: Partial<Record<CountKind, DataLoader<string, CommentCount>>> = {};

  constructor(private readonly db: DataSource) {}

  replies(parentId: string): Promise<CommentRow[]> {
    return this.grouped('replies', 'parentId', 'parent_id', parentId, false);
  }

  /** Top-level comments of an amendment (their replies hang below them). */
  threadsOfAmendment(amendmentId: string): Promise<CommentRow[]> {
    return this.grouped('amendmentThreads', 'amendmentId', 'amendment_id', amendmentId, true);
  }

  /** Top-level comments of a clause, on all its versions. */
  threadsOfClause(clauseId: string): Promise<CommentRow[]> {
    return this.grouped('clauseThreads', 'clauseId', 'clause_id', clauseId, true);
  }

  /** Comments not deleted, replies included. */
  countOnAmendment(amendmentId: string): Promise<CommentCount> {
    return this.counted('amendment_id', amendmentId);
  }

  countOnClause(clauseId: string): Promise<CommentCount> {
    return this.counted('clause_id', clauseId);
  }

  private grouped(
    kind: ThreadKind,
    key: 'parentId' | 'amendmentId' | 'clauseId',
    column: 'parent_id' | 'amendment_id' | 'clause_id',
    id: string,
    topLevelOnly: boolean,
  ): Promise<CommentRow[]> {
    return (this.threads[kind] ??= new DataLoader<string, CommentRow[]>(async (ids) =>
      groupByKeys(
        ids,
        await selectRows<CommentEntity, AuthorColumns>(
          this.db,
          CommentEntity,
          `JOIN app_user u ON u.id = t.author_id
               WHERE t.${column} = ANY($1::uuid[]) ${topLevelOnly ? 'AND t.parent_id IS NULL' : ''}
               ORDER BY t.created_at, t.id`,
          [ids],
          'u.email AS "authorEmail", u.display_name AS "authorDisplayName"',
        ),
        (c) => c[key]!,
      ),
    )).load(id);
  }

  private counted(column: CountKind, id: string): Promise<CommentCount> {
    const commented = column === 'amendment_id' ? 'amendment' : 'clause';
    return (this.counts[column] ??= new DataLoader<string, CommentCount>(async (ids) => {
      const rows = await readQuery<CountRow>(
        this.db,
        `SELECT t.id AS key, a.last_seq AS "asOf",
                (SELECT count(*)::int FROM comment c
                  WHERE c.${column} = t.id AND c.deleted_at IS NULL) AS count
           FROM ${commented} t JOIN accord a ON a.id = t.accord_id
          WHERE t.id = ANY($1::uuid[])`,
        [ids],
      );
      const counts = new Map(rows.map((r) => [r.key, r]));
      return ids.map((id) => counts.get(id) ?? { count: 0, asOf: 0 });
    })).load(id);
  }
}

@Injectable()
export class CommentLoaderSource extends LoaderSource<CommentLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): CommentLoaders {
    return new CommentLoaders(this.db);
  }
}
