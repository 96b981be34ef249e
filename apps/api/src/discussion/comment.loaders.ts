import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readQuery } from '../common/database/read-query.js';
import { selectList, selectRows } from '../common/database/select-rows.js';
import {
  choiceKey,
  ColumnChoice,
  type Columns,
  splitChoiceKey,
} from '../common/database/column-choice.js';
import { groupByKeys, LoaderSource } from '../common/graphql/loaders.js';
import { COMMENT_COLUMNS } from './comment-columns.js';
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

/** `<part>:<columns key>|<subject>`: threads read with different columns are different keys. */
const partKey = (part: DiscussionPart, id: string, choice = '') =>
  `${part}:${choiceKey({ key: choice }, id)}`;

function splitPartKey(key: string): { part: DiscussionPart; choice: string; subject: string } {
  const colon = key.indexOf(':');
  const [choice, subject] = splitChoiceKey(key.slice(colon + 1));
  return { part: key.slice(0, colon) as DiscussionPart, choice, subject };
}

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

  /**
   * Top-level comments of a clause, on all its versions, with the `columns` chosen (the whole
   * rows by default).
   */
  threadsOfClause(
    clauseId: string,
    columns: Columns<CommentEntity> = ColumnChoice.WHOLE_ROW,
  ): Promise<CommentRow[]> {
    return this.discussion('clause_id', 'threads', clauseId, columns) as Promise<CommentRow[]>;
  }

  /** Comments not deleted, replies included. */
  countOnAmendment(amendmentId: string): Promise<CommentCount> {
    return this.discussion('amendment_id', 'count', amendmentId) as Promise<CommentCount>;
  }

  countOnClause(clauseId: string): Promise<CommentCount> {
    return this.discussion('clause_id', 'count', clauseId) as Promise<CommentCount>;
  }

  private discussion(
    column: Commented,
    part: DiscussionPart,
    id: string,
    columns: Columns<CommentEntity> = ColumnChoice.WHOLE_ROW,
  ) {
    const subjectTable = column === 'amendment_id' ? 'amendment' : 'clause';
    return (this.discussions[column] ??= new DataLoader<string, CommentRow[] | CommentCount>(
      async (keys) => {
        const wanted = new Map<string, { threads: boolean; count: boolean }>();
        let chosen: Columns<CommentEntity> | null = null;
        for (const key of keys) {
          const { part: kind, choice, subject } = splitPartKey(key);
          const entry = wanted.get(subject) ?? { threads: false, count: false };
          entry[kind] = true;
          wanted.set(subject, entry);
          if (kind === 'threads') {
            const asked = COMMENT_COLUMNS.ofKey(choice);
            chosen = chosen ? COMMENT_COLUMNS.union(chosen, asked) : asked;
          }
        }
        const subjects = [...wanted.keys()];
        // One row per top-level comment asked for, each with its subject's count; a subject
        // without comments (or whose threads were not asked for) has one row, comment null.
        // The counts are one grouped scan, and the log head one join, for the whole batch.
        const rows = await readQuery<DiscussionRow>(
          this.db,
          `SELECT k.id AS subject,
                  CASE WHEN k.counted THEN coalesce(n.count, 0) END AS count,
                  a.last_seq AS "asOf",
                  ${selectList(this.db, CommentEntity, chosen ?? undefined).columns}, ${AUTHOR_COLUMNS}
           FROM unnest($1::uuid[], $2::bool[], $3::bool[]) AS k(id, threads, counted)
           LEFT JOIN ${subjectTable} s ON k.counted AND s.id = k.id
           LEFT JOIN accord a ON a.id = s.accord_id
           LEFT JOIN (
             SELECT c.${column} AS id, count(*)::int AS count FROM comment c
             WHERE c.${column} = ANY($4::uuid[]) AND c.deleted_at IS NULL GROUP BY c.${column}
           ) n ON n.id = k.id
           LEFT JOIN (comment t JOIN app_user u ON u.id = t.author_id)
             ON k.threads AND t.${column} = k.id AND t.parent_id IS NULL
           ORDER BY t.created_at, t.id`,
          [
            subjects,
            subjects.map((s) => wanted.get(s)!.threads),
            subjects.map((s) => wanted.get(s)!.count),
            subjects.filter((s) => wanted.get(s)!.count),
          ],
        );
        const counts = new Map<string, CommentCount>();
        const threads = new Map<string, CommentRow[]>();
        for (const subject of subjects) {
          if (wanted.get(subject)!.threads) threads.set(subject, []);
        }
        // Each row is its comment as it came (subject, count and asOf beside): no copy per
        // comment, and a subject's count taken from its first row.
        for (const row of rows) {
          const { subject, count } = row;
          if (count !== null && !counts.has(subject))
            counts.set(subject, { count, asOf: row.asOf ?? 0 });
          if (row.id !== null) threads.get(subject)!.push(row as CommentRow);
        }
        return keys.map((key) => {
          const { part: kind, subject } = splitPartKey(key);
          const answer = kind === 'threads' ? threads.get(subject) : counts.get(subject);
          return answer ?? new Error(`${key} was not read`);
        });
      },
    )).load(partKey(part, id, part === 'threads' ? columns.key : ''));
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
