import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { CommentEntity } from './comment.entity.js';
import { accordIdOfComment, commentVisibleTo, requireNotDeleted } from './comment-rows.js';

export interface DeleteCommentCommand {
  callerId: string;
  commentId: string;
}

/**
 * Its author or the accord's facilitator deletes a comment. The row stays, so replies keep
 * their thread and the edit history is kept; the text is no longer served.
 */
@Injectable()
export class DeleteCommentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, commentId }: DeleteCommentCommand): Promise<CommentEntity> {
    const accordId = await accordIdOfComment(this.dataSource.manager, commentId);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      const { comment, isFacilitator } = await commentVisibleTo(
        this.access,
        db,
        callerId,
        commentId,
      );
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
}
