import { excerptOf, likeLiteral } from '../common/text.js';
import { mentionedPeople, mentionName } from '@plenary/contracts';
import type { DataSource } from 'typeorm';
import { mayRead } from '../accord-log/accord-access.service.js';
import { readQuery } from '../common/database/read-query.js';
import type { DeskCommentModel, DeskModel } from './models/desk.models.js';

/** Replies and mentions stay on the desk until he answers in the thread, or for this long. */
export const CONVERSATION_DAYS = 14;
/** The most replies and mentions read (the latest). */
const MAX_COMMENTS = 100;
const EXCERPT = 200;

interface CommentRow {
  id: string;
  accordId: string;
  accordTitle: string;
  amendmentId: string | null;
  clauseId: string | null;
  author: string;
  body: string;
  postedAt: Date;
  repliesToHim: boolean;
}

/** `%`, `_` and `\` stand for themselves in a LIKE pattern. */

/**
 * Replies to his comments and comments naming him, by others, in the last CONVERSATION_DAYS,
 * that he has not answered: a comment of his later in the same thread (a reply to it, or to
 * what it replies to) takes the item off the desk. A mention is found by its name in SQL, then
 * confirmed by the mention rule the web app highlights with (`@Elena` only when unique).
 */
export async function conversationOf(
  db: DataSource,
  userId: string,
  displayName: string,
  now: Date,
): Promise<Pick<DeskModel, 'replies' | 'mentions'>> {
  const fullName = mentionName(displayName);
  const firstName = fullName.split(' ')[0] ?? fullName;
  const patterns = [...new Set([fullName, firstName])]
    .filter((name) => name.length > 0)
    .map((name) => `%@${likeLiteral(name)}%`);
  const rows = await readQuery<CommentRow>(
    db,
    `SELECT c.id, c.accord_id AS "accordId", ac.title AS "accordTitle",
              c.amendment_id AS "amendmentId", c.clause_id AS "clauseId",
              u.display_name AS author, c.body, c.created_at AS "postedAt",
              coalesce(p.author_id = $1, false) AS "repliesToHim"
       FROM comment c
       JOIN accord ac ON ac.id = c.accord_id
       JOIN app_user u ON u.id = c.author_id
       LEFT JOIN comment p ON p.id = c.parent_id AND p.deleted_at IS NULL
       WHERE c.author_id <> $1 AND c.deleted_at IS NULL
         AND c.created_at > $3::timestamptz - make_interval(days => $4)
         AND (p.author_id = $1 OR c.body ILIKE ANY($2::text[]))
         AND ${mayRead('ac', '$1')}
         AND NOT EXISTS (
           SELECT 1 FROM comment r
           WHERE r.accord_id = c.accord_id AND r.author_id = $1 AND r.created_at > c.created_at
             AND (r.parent_id = c.id OR r.parent_id = c.parent_id))
       ORDER BY c.created_at DESC, c.id LIMIT ${MAX_COMMENTS}`,
    [userId, patterns, now, CONVERSATION_DAYS],
  );
  const candidates = rows.filter((row) => !row.repliesToHim);
  const named = await namingHim(db, userId, candidates);
  return {
    replies: rows.filter((row) => row.repliesToHim).map(toComment),
    mentions: candidates.filter((row) => named.has(row.id)).map(toComment),
  };
}

/** Which of the comments name the user, by the people of their accords (one statement). */
async function namingHim(
  db: DataSource,
  userId: string,
  comments: CommentRow[],
): Promise<Set<string>> {
  if (comments.length === 0) return new Set();
  const accordIds = [...new Set(comments.map((c) => c.accordId))];
  const people = await readQuery<{ accordId: string; id: string; displayName: string }>(
    db,
    `SELECT DISTINCT p.accord_id AS "accordId", u.id, u.display_name AS "displayName"
       FROM participant p JOIN membership m ON m.organization_id = p.organization_id
       JOIN app_user u ON u.id = m.user_id WHERE p.accord_id = ANY($1::uuid[])
       UNION
       SELECT a.id, u.id, u.display_name FROM accord a JOIN app_user u ON u.id = a.facilitator_id
       WHERE a.id = ANY($1::uuid[])`,
    [accordIds],
  );
  const byAccord = new Map<string, typeof people>();
  for (const person of people) {
    byAccord.set(person.accordId, [...(byAccord.get(person.accordId) ?? []), person]);
  }
  return new Set(
    comments
      .filter((c) => mentionedPeople(c.body, byAccord.get(c.accordId) ?? []).includes(userId))
      .map((c) => c.id),
  );
}

const toComment = (row: CommentRow): DeskCommentModel => ({
  id: row.id,
  accordId: row.accordId,
  accordTitle: row.accordTitle,
  amendmentId: row.amendmentId,
  clauseId: row.clauseId,
  author: row.author,
  excerpt: excerptOf(row.body, EXCERPT),
  postedAt: row.postedAt,
});
