import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccordAccessService, type AccordStanding } from '../accord-log/accord-access.service.js';
import { DomainError, DomainErrorCode, notFound } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { recordReferences } from '../drafting/cross-references.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { CommentEntity } from './comment.entity.js';
import { checkQuoteRange, findCommentTarget } from './comment-target.js';
import type { PostCommentInput } from './dto/comment.args.js';

const commentNotFound = () => notFound(DomainErrorCode.COMMENT_NOT_FOUND, 'Comment');

/**
 * Posting, editing and deleting comments. Each change and its event commit together under the
 * accord's lock, so the thread and the log never disagree and events reach clients in order.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  /**
   * Whoever may see the accord may comment: members of its participant organizations,
   * observers included, and its facilitator (the secretariat takes part in the discussion).
   */
  async postComment(authorId: string, input: PostCommentInput): Promise<CommentEntity> {
    await this.access.requireVisible(authorId, input.accordId);
    return this.events.writeToAccord(input.accordId, async (write) => {
      const db = write.manager;
      const parent = input.parentId
        ? await this.parentIn(db, input.accordId, input.parentId)
        : null;
      const target = await findCommentTarget(db, input.accordId, {
        amendmentId: input.amendmentId,
        clauseId: input.clauseId,
        // A reply is about what its parent is about, unless it says otherwise.
        clauseVersion: input.clauseVersion ?? parent?.clauseVersion,
      });
      if (
        parent &&
        (parent.amendmentId !== target.amendmentId || parent.clauseId !== target.clauseId)
      ) {
        throw new DomainError(
          DomainErrorCode.INVALID_INPUT,
          'A reply must be on the same amendment or clause as the comment it answers',
        );
      }
      const quote = checkQuoteRange(input.quoteStart, input.quoteEnd, target.text);
      const { body } = input;
      const comment = await db.save(
        db.create(CommentEntity, {
          accordId: input.accordId,
          amendmentId: target.amendmentId,
          clauseId: target.clauseId,
          clauseVersion: target.clauseVersion,
          parentId: parent?.id ?? null,
          authorId,
          body,
          ...quote,
          revision: 1,
        }),
      );
      await this.recordRevision(db, comment.id, 1, body, comment.createdAt);
      await recordReferences(db, input.accordId, { commentId: comment.id, field: 'BODY' }, body);
      await write.append('comment.posted', authorId, {
        commentId: comment.id,
        amendmentId: comment.amendmentId,
        clauseId: comment.clauseId,
        clauseVersion: comment.clauseVersion,
        parentId: comment.parentId,
        authorId,
        body,
        quoteStart: comment.quoteStart,
        quoteEnd: comment.quoteEnd,
      });
      return comment;
    });
  }

  /** Only its author edits a comment; every earlier text stays in its history. */
  async editComment(callerId: string, commentId: string, body: string): Promise<CommentEntity> {
    const accordId = await this.accordOf(commentId);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      const { comment } = await this.requireComment(db, callerId, commentId);
      if (comment.authorId !== callerId) {
        throw new DomainError(DomainErrorCode.NOT_THE_AUTHOR, 'Only its author can edit a comment');
      }
      requireNotDeleted(comment);
      const revision = comment.revision + 1;
      const editedAt = new Date();
      await db.update(CommentEntity, { id: comment.id }, { body, revision, editedAt });
      await this.recordRevision(db, comment.id, revision, body, editedAt);
      await recordReferences(
        db,
        accordId,
        { commentId: comment.id, field: 'BODY' },
        body,
        comment.body,
      );
      await write.append('comment.edited', callerId, { commentId: comment.id, body, revision });
      return { ...comment, body, revision, editedAt };
    });
  }

  /**
   * Its author or the accord's facilitator deletes a comment. The row stays, so replies keep
   * their thread and the edit history is kept; the text is no longer served.
   */
  async deleteComment(callerId: string, commentId: string): Promise<CommentEntity> {
    const accordId = await this.accordOf(commentId);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      const { comment, isFacilitator } = await this.requireComment(db, callerId, commentId);
      if (comment.authorId !== callerId && !isFacilitator) {
        throw new DomainError(
          DomainErrorCode.NOT_THE_AUTHOR,
          "Only its author or the accord's facilitator can delete a comment",
        );
      }
      requireNotDeleted(comment);
      const deletedAt = new Date();
      await db.update(CommentEntity, { id: comment.id }, { deletedAt, deletedBy: callerId });
      await write.append('comment.deleted', callerId, {
        commentId: comment.id,
        byFacilitator: comment.authorId !== callerId,
      });
      return { ...comment, deletedAt, deletedBy: callerId };
    });
  }

  private async accordOf(commentId: string): Promise<string> {
    const rows = isUuid(commentId)
      ? await this.dataSource.query<{ accordId: string }[]>(
          `SELECT accord_id AS "accordId" FROM comment WHERE id = $1`,
          [commentId],
        )
      : [];
    const [comment] = rows;
    if (!comment) throw commentNotFound();
    return comment.accordId;
  }

  /** The comment, read under the accord's lock; one in an accord the caller may not see is "not found". */
  private async requireComment(
    db: EntityManager,
    callerId: string,
    commentId: string,
  ): Promise<{ comment: CommentEntity } & AccordStanding> {
    const comment = await db.findOneBy(CommentEntity, { id: commentId });
    if (!comment) throw commentNotFound();
    try {
      return { comment, ...(await this.access.requireVisible(callerId, comment.accordId, db)) };
    } catch (error) {
      if (error instanceof DomainError && error.code === DomainErrorCode.ACCORD_NOT_FOUND) {
        throw commentNotFound();
      }
      throw error;
    }
  }

  private async parentIn(db: EntityManager, accordId: string, parentId: string) {
    const parent = isUuid(parentId)
      ? await db.findOneBy(CommentEntity, { id: parentId, accordId })
      : null;
    if (!parent) throw commentNotFound();
    return parent;
  }

  private async recordRevision(
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
}

function requireNotDeleted(comment: CommentEntity): void {
  if (comment.deletedAt) {
    throw new DomainError(DomainErrorCode.COMMENT_DELETED, 'This comment has been deleted');
  }
}
