import { ColumnChoice } from '../common/database/column-choice.js';
import type { AmendmentEntity } from './amendment.entity.js';

/**
 * The amendment columns a list of amendments reads for the fields asked of them. Always the
 * small ones the Amendment resolvers rely on; the texts, tallies and merges only when asked.
 * A field not named here reads the whole row (test: selected-columns.spec).
 */
export const AMENDMENT_COLUMNS = new ColumnChoice<AmendmentEntity>(
  [
    'id',
    'accordId',
    'kind',
    'status',
    'clauseId',
    'baseVersion',
    'position',
    'authorId',
    'onBehalfOf',
  ],
  {
    id: [],
    kind: [],
    status: [],
    baseVersion: [],
    position: [],
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
    // Resolvers that read only the columns above (amendment.resolver.ts).
    clause: [],
    author: [],
    onBehalfOf: [],
    newArticle: [],
  },
);
