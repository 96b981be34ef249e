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

/** Every text a comment had is kept, numbered by revision. */
export async function recordRevision(
  db: EntityManager,
  commentId: string,
  revision: number,
  body: string,
  writtenAt: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO comment_revision (comment_id, revision, body, written_at) VALUES ($1, $2, $3, $4)`,
    [commentId, revision, body, writtenAt],
  );
}

/** recordRevision, as a write that commits in the statement of the comment's event. */
export function revisionAlongside(
  commentId: string,
  revision: number,
  body: string,
  writtenAt: Date,
): WritesAlongside {
  return {
    statements: [
      `INSERT INTO comment_revision (comment_id, revision, body, written_at) VALUES ($1, $2, $3, $4)`,
    ],
    parameters: [commentId, revision, body, writtenAt],
  };
}

export function requireNotDeleted(comment: CommentEntity): void {
  if (comment.deletedAt) {
    throw new DomainError(DomainErrorCode.COMMENT_DELETED, 'This comment has been deleted');
  }
}
