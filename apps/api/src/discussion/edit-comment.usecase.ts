import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { recordReferences } from '../drafting/cross-references.js';
import { CommentEntity } from './comment.entity.js';
import {
  accordIdOfComment,
  commentVisibleTo,
  editAlongside,
  requireNotDeleted,
} from './comment-rows.js';

export interface EditCommentCommand {
  callerId: string;
  commentId: string;
  body: string;
}

/** Only its author edits a comment; every earlier text stays in its history. */
@Injectable()
export class EditCommentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, commentId, body }: EditCommentCommand): Promise<CommentEntity> {
    const accordId = await accordIdOfComment(this.dataSource.manager, commentId);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      const { comment } = await commentVisibleTo(this.access, db, callerId, commentId);
      if (comment.authorId !== callerId) {
        throw new DomainError(DomainErrorCode.NOT_THE_AUTHOR, 'Only its author can edit a comment');
      }
      requireNotDeleted(comment);
      const revision = comment.revision + 1;
      const editedAt = new Date();
      await recordReferences(
        db,
        accordId,
        { commentId: comment.id, field: 'BODY' },
        body,
        comment.body,
      );
      await write.append(
        'comment.edited',
        callerId,
        { commentId: comment.id, body, revision },
        editAlongside(comment.id, revision, body, editedAt),
      );
      return { ...comment, body, revision, editedAt };
    });
  }
}
