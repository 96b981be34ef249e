import { ColumnChoice } from '../common/database/column-choice.js';
import type { AmendmentEntity } from './amendment.entity.js';

/**
 * The amendment columns a list of amendments reads for the fields asked of them. Always what
 * identifies and places it (id, accord, kind, status, clause); the rest only when asked.
 * A field not named here reads the whole row (test: selected-columns.spec).
 */
export const AMENDMENT_COLUMNS = new ColumnChoice<AmendmentEntity>(
  ['id', 'accordId', 'kind', 'status', 'clauseId'],
  {
    id: [],
    kind: [],
    status: [],
    baseVersion: ['baseVersion'],
    position: ['position'],
    createdAt: ['createdAt'],
    heading: ['heading'],
    text: ['text'],
    force: ['force'],
    sources: ['sources'],
    rationale: ['rationale'],
    votingOpenedAt: ['votingOpenedAt'],
    closesAt: ['closesAt'],
    closedAt: ['closedAt'],
    conflict: ['conflict'],
    // Resolvers (amendment.resolver.ts) and the columns they read beside those always read.
    clause: [],
    author: ['authorId'],
    onBehalfOf: ['onBehalfOf'],
    newArticle: ['position'],
  },
);
