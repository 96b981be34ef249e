import type { AmendmentEntity } from '../amendment.entity.js';
import type { ClauseVersionText } from '../clause-version.entity.js';
import type { ListedClause } from '../clause.entity.js';
import type { ReferenceField, StoredReference } from '../cross-references.js';
import {
  AmendmentModel,
  ClauseModel,
  ClauseReferenceModel,
  ClauseVersionModel,
} from './drafting.models.js';

export const toClauseModel = (clause: ListedClause): ClauseModel =>
  Object.assign(new ClauseModel(), {
    id: clause.id,
    accordId: clause.accordId,
    position: clause.position,
    number: clause.number,
    removed: clause.removedAt !== null,
    currentVersion: clause.currentVersion,
    currentText: clause.current,
  });

/** A clause known only by its id: for a query that asks of it nothing else. */
export const clauseIdentified = (id: string): ClauseModel =>
  Object.assign(new ClauseModel(), { id });

export const toClauseVersionModel = (version: ClauseVersionText): ClauseVersionModel =>
  Object.assign(new ClauseVersionModel(), {
    clauseId: version.clauseId,
    version: version.version,
    heading: version.heading,
    text: version.text,
    force: version.force,
    sources: version.sources,
    normIds: version.normIds,
    createdAt: version.createdAt,
    createdSeq: version.createdSeq,
    amendmentId: version.amendmentId,
    authorOrganizationId: version.authorOrganizationId,
  });

export const toAmendmentModel = (amendment: AmendmentEntity): AmendmentModel =>
  Object.assign(new AmendmentModel(), {
    id: amendment.id,
    accordId: amendment.accordId,
    clauseId: amendment.clauseId,
    kind: amendment.kind,
    status: amendment.status,
    baseVersion: amendment.baseVersion,
    heading: amendment.heading,
    text: amendment.text,
    force: amendment.force,
    sources: amendment.sources,
    normIds: amendment.normIds,
    position: amendment.position,
    rationale: amendment.rationale,
    authorId: amendment.authorId,
    onBehalfOfId: amendment.onBehalfOf,
    createdAt: amendment.createdAt,
    votingOpenedAt: amendment.votingOpenedAt,
    closesAt: amendment.closesAt,
    closedAt: amendment.closedAt,
    conflict: amendment.conflict,
    ballotCounts: amendment.ballotCounts,
    finalTally: amendment.finalTally,
    merged: amendment.merged,
  });

/** References with the words they stand on, in the texts of their fields as now served. */
export const toClauseReferenceModels = (
  references: StoredReference[],
  texts: Partial<Record<ReferenceField, string | null>>,
): ClauseReferenceModel[] =>
  references.flatMap((r) => {
    const text = texts[r.field];
    if (!text || r.end > text.length) return [];
    return [
      Object.assign(new ClauseReferenceModel(), {
        field: r.field,
        start: r.start,
        end: r.end,
        written: text.slice(r.start, r.end),
        clauseId: r.clauseId,
      }),
    ];
  });
