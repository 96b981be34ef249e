import { ColumnChoice } from '../common/database/column-choice.js';
import type { CommentEntity } from './comment.entity.js';

/**
 * The comment columns a thread reads for the fields asked of its comments: always what places
 * a comment in its thread (id, author, dates of writing and deletion), the
 * rest when asked.
 * A field not named here reads the whole row (test: selected-columns.spec).
 */
export const COMMENT_COLUMNS = new ColumnChoice<CommentEntity>(
  ['id', 'authorId', 'createdAt', 'deletedAt'],
  {
    id: [],
    accordId: ['accordId'],
    amendmentId: ['amendmentId'],
    clauseId: ['clauseId'],
    clauseVersion: ['clauseVersion'],
    parentId: ['parentId'],
    createdAt: [],
    deleted: [],
    body: ['body'],
    quoteStart: ['quoteStart'],
    quoteEnd: ['quoteEnd'],
    editedAt: ['editedAt'],
    // Resolvers that read only the columns above (comments.resolver.ts); an author is shown
    // as the accord allows.
    author: ['accordId'],
    replies: [],
  },
);
