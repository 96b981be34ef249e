import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readQuery } from '../common/database/read-query.js';
import { selectList, selectRows } from '../common/database/select-rows.js';
import { groupByKeys, LoaderSource } from '../common/graphql/loaders.js';
import { CommentEntity } from './comment.entity.js';

/** A comment read with its author's name: a page shows who wrote each comment. */
export type CommentRow = CommentEntity & AuthorColumns;

interface AuthorColumns {
  authorEmail: string;
  authorDisplayName: string;
}

const AUTHOR_COLUMNS = 'u.email AS "authorEmail", u.display_name AS "authorDisplayName"';

/** What a page asks of one clause's or amendment's discussion. */
type DiscussionPart = 'threads' | 'count';
type Commented = 'amendment_id' | 'clause_id';

/**
 * A comment count and the accord's log position it includes, read in one statement (one
 * snapshot): comments and the log head are written in one transaction, so the count holds
 * exactly the comment events up to `asOf`. A live page adds only later events to it.
 */
export interface CommentCount {
  count: number;
  asOf: number;
}

/** A subject asked about, its count when asked, and one of its comments (all null if none). */
type DiscussionRow = {
  subject: string;
  count: number | null;
  asOf: number | null;
} & Nullable<CommentRow>;
type Nullable<T> = { [K in keyof T]: T[K] | null };

const partKey = (part: DiscussionPart, id: string) => `${part}:${id}`;

/**
 * The threads read by one request: one query per level of a page, not one per comment. A
 * level's threads and comment counts (a page of clauses asks for both) come in one statement.
 */
export class CommentLoaders {
  private repliesByParent?: DataLoader<string, CommentRow[]>;
  private readonly discussions: Partial<
    Record<Commented, DataLoader<string, CommentRow[] | CommentCount>>
  > = {};
  constructor(private readonly db: DataSource) {}

  replies(parentId: string): Promise<CommentRow[]> {
    return (this.repliesByParent ??= new DataLoader<string, CommentRow[]>(async (ids) =>
      groupByKeys(
        ids,
        await selectRows<CommentEntity, AuthorColumns>(
          this.db,
          CommentEntity,
          `JOIN app_user u ON u.id = t.author_id
               WHERE t.parent_id = ANY($1::uuid[]) ORDER BY t.created_at, t.id`,
          [ids],
          AUTHOR_COLUMNS,
        ),
        (c) => c.parentId!,
      ),
    )).load(parentId);
  }

  /** Top-level comments of an amendment (their replies hang below them). */
  threadsOfAmendment(amendmentId: string): Promise<CommentRow[]> {
    return this.discussion('amendment_id', 'threads', amendmentId) as Promise<CommentRow[]>;
  }

  /** Top-level comments of a clause, on all its versions. */
  threadsOfClause(clauseId: string): Promise<CommentRow[]> {
    return this.discussion('clause_id', 'threads', clauseId) as Promise<CommentRow[]>;
  }

  /** Comments not deleted, replies included. */
  countOnAmendment(amendmentId: string): Promise<CommentCount> {
    return this.discussion('amendment_id', 'count', amendmentId) as Promise<CommentCount>;
  }

  countOnClause(clauseId: string): Promise<CommentCount> {
    return this.discussion('clause_id', 'count', clauseId) as Promise<CommentCount>;
  }

  private discussion(column: Commented, part: DiscussionPart, id: string) {
    const subjectTable = column === 'amendment_id' ? 'amendment' : 'clause';
    return (this.discussions[column] ??= new DataLoader<string, CommentRow[] | CommentCount>(
      async (keys) => {
        const wanted = new Map<string, { threads: boolean; count: boolean }>();
        for (const key of keys) {
          const [kind, subject] = key.split(':') as [DiscussionPart, string];
          const entry = wanted.get(subject) ?? { threads: false, count: false };
          entry[kind] = true;
          wanted.set(subject, entry);
        }
        const subjects = [...wanted.keys()];
        // One row per top-level comment asked for, each with its subject's count; a subject
        // without comments (or whose threads were not asked for) has one row, comment null.
        const rows = await readQuery<DiscussionRow>(
          this.db,
          `SELECT k.id AS subject, n.count, n."asOf", ${selectList(this.db, CommentEntity).columns},
                  ${AUTHOR_COLUMNS}
           FROM unnest($1::uuid[], $2::bool[], $3::bool[]) AS k(id, threads, counted)
           LEFT JOIN LATERAL (
             SELECT count(*)::int AS count,
                    (SELECT a.last_seq FROM ${subjectTable} s JOIN accord a ON a.id = s.accord_id
                     WHERE s.id = k.id) AS "asOf"
             FROM comment c
             WHERE c.${column} = k.id AND c.deleted_at IS NULL) n ON k.counted
           LEFT JOIN (comment t JOIN app_user u ON u.id = t.author_id)
             ON k.threads AND t.${column} = k.id AND t.parent_id IS NULL
           ORDER BY t.created_at, t.id`,
          [
            subjects,
            subjects.map((s) => wanted.get(s)!.threads),
            subjects.map((s) => wanted.get(s)!.count),
          ],
        );
        const byKey = new Map<string, CommentRow[] | CommentCount>();
        for (const subject of subjects) {
          if (wanted.get(subject)!.threads) byKey.set(partKey('threads', subject), []);
        }
        for (const { subject, count, asOf, ...comment } of rows) {
          if (count !== null) byKey.set(partKey('count', subject), { count, asOf: asOf ?? 0 });
          if (comment.id !== null)
            (byKey.get(partKey('threads', subject)) as CommentRow[]).push(comment as CommentRow);
        }
        return keys.map((key) => byKey.get(key) ?? new Error(`${key} was not read`));
      },
    )).load(partKey(part, id));
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
