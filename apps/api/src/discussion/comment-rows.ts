import type { EntityManager } from 'typeorm';
import type { AccordAccessService, AccordStanding } from '../accord-log/accord-access.service.js';
import type { WritesAlongside } from '../accord-log/accord-write.js';
import { DomainError, DomainErrorCode, notFound } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { CommentEntity } from './comment.entity.js';

export const commentNotFound = () => notFound(DomainErrorCode.COMMENT_NOT_FOUND, 'Comment');

/** The accord a comment belongs to (no permission check: for locking before the real read). */
export async function accordIdOfComment(db: EntityManager, commentId: string): Promise<string> {
  const [comment] = isUuid(commentId)
    ? await db.query<{ accordId: string }[]>(
        `SELECT accord_id AS "accordId" FROM comment WHERE id = $1`,
        [commentId],
      )
    : [];
  if (!comment) throw commentNotFound();
  return comment.accordId;
}

/** The comment, read under the accord's lock; one in an accord the caller may not see is "not found". */
export async function commentVisibleTo(
  access: AccordAccessService,
  db: EntityManager,
  callerId: string,
  commentId: string,
): Promise<{ comment: CommentEntity } & AccordStanding> {
  const comment = await db.findOneBy(CommentEntity, { id: commentId });
  if (!comment) throw commentNotFound();
  const standing = await access.requireVisibleAs(comment.accordId, callerId, {
    manager: db,
    notFound: commentNotFound,
  });
  return { comment, ...standing };
}

/** Every text a comment had is kept, numbered: the row of one, from these parameters. */
const insertRevision = (commentId: string, revision: string, body: string, writtenAt: string) =>
  `INSERT INTO comment_revision (comment_id, revision, body, written_at)
   VALUES (${commentId}, ${revision}, ${body}, ${writtenAt})`;

/** A comment's new text and its revision, as writes that commit in the statement of its event. */
export function editAlongside(
  commentId: string,
  revision: number,
  body: string,
  editedAt: Date,
): WritesAlongside {
  return {
    statements: [
      `UPDATE comment SET body = $3, revision = $2, edited_at = $4 WHERE id = $1`,
      insertRevision('$1', '$2', '$3', '$4'),
    ],
    parameters: [commentId, revision, body, editedAt],
  };
}

/** A new comment and its first revision, as writes that commit in the statement of its event. */
export function newCommentAlongside(comment: CommentEntity): WritesAlongside {
  return {
    statements: [
      `INSERT INTO comment (id, accord_id, amendment_id, clause_id, clause_version, parent_id,
         author_id, body, quote_start, quote_end, revision, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      insertRevision('$1', '$11', '$8', '$12'),
    ],
    parameters: [
      comment.id,
      comment.accordId,
      comment.amendmentId,
      comment.clauseId,
      comment.clauseVersion,
      comment.parentId,
      comment.authorId,
      comment.body,
      comment.quoteStart,
      comment.quoteEnd,
      comment.revision,
      comment.createdAt,
    ],
  };
}

export function requireNotDeleted(comment: CommentEntity): void {
  if (comment.deletedAt) {
    throw new DomainError(DomainErrorCode.COMMENT_DELETED, 'This comment has been deleted');
  }
}
