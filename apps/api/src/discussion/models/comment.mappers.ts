import type { CommentEntity } from '../comment.entity.js';
import type { CommentRow } from '../comment.loaders.js';
import { CommentModel } from './comment.models.js';

/** A deleted comment keeps its place, author and dates; its text is not served any more. */
export const toCommentModel = (comment: CommentEntity | CommentRow): CommentModel =>
  Object.assign(new CommentModel(), {
    id: comment.id,
    accordId: comment.accordId,
    amendmentId: comment.amendmentId,
    clauseId: comment.clauseId,
    clauseVersion: comment.clauseVersion,
    authorId: comment.authorId,
    body: comment.deletedAt ? '' : comment.body,
    parentId: comment.parentId,
    quoteStart: comment.quoteStart,
    quoteEnd: comment.quoteEnd,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    deleted: comment.deletedAt !== null,
    authorCard:
      'authorDisplayName' in comment
        ? {
            id: comment.authorId,
            email: comment.authorEmail,
            displayName: comment.authorDisplayName,
          }
        : undefined,
  });
