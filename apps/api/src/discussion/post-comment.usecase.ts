import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { recordReferences } from '../drafting/cross-references.js';
import { CommentEntity } from './comment.entity.js';
import { commentNotFound, newCommentAlongside } from './comment-rows.js';
import { checkQuoteRange, findCommentTarget } from './comment-target.js';
import type { PostCommentInput } from './dto/comment.args.js';

export interface PostCommentCommand {
  callerId: string;
  input: PostCommentInput;
}

/**
 * Whoever may see the accord may comment: members of its participant organizations, observers
 * included, and its facilitator (the secretariat takes part in the discussion). The comment and
 * its event commit together under the accord's lock, so the thread and the log never disagree.
 */
@Injectable()
export class PostCommentUseCase {
  constructor(private readonly events: EventLogService) {}

  async execute({ callerId, input }: PostCommentCommand): Promise<CommentEntity> {
    // Whether the caller may see the accord is checked as it is locked (one round trip less):
    // every round trip of this write is on the way from the click to every reader's screen.
    const visibleTo = callerId;
    return this.events.writeToAccord(
      input.accordId,
      async (write) => {
        const db = write.manager;
        const parent = input.parentId ? await parentIn(db, input.accordId, input.parentId) : null;
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
        const comment = Object.assign(new CommentEntity(), {
          id: randomUUID(),
          accordId: input.accordId,
          amendmentId: target.amendmentId,
          clauseId: target.clauseId,
          clauseVersion: target.clauseVersion,
          parentId: parent?.id ?? null,
          authorId: callerId,
          body,
          ...quote,
          revision: 1,
          createdAt: new Date(),
          editedAt: null,
          deletedAt: null,
          deletedBy: null,
        });
        // The comment is written in its event's statement: the round trips under the lock are on
        // the way from the click to every reader's screen.
        await write.append(
          'comment.posted',
          callerId,
          {
            commentId: comment.id,
            amendmentId: comment.amendmentId,
            clauseId: comment.clauseId,
            clauseVersion: comment.clauseVersion,
            parentId: comment.parentId,
            authorId: callerId,
            body,
            quoteStart: comment.quoteStart,
            quoteEnd: comment.quoteEnd,
          },
          newCommentAlongside(comment),
        );
        // After the comment exists (a reference names it); most comments cite no article.
        await recordReferences(db, input.accordId, { commentId: comment.id, field: 'BODY' }, body);
        return comment;
      },
      { visibleTo },
    );
  }
}

async function parentIn(db: EntityManager, accordId: string, parentId: string) {
  const parent = isUuid(parentId)
    ? await db.findOneBy(CommentEntity, { id: parentId, accordId })
    : null;
  if (!parent) throw commentNotFound();
  return parent;
}
