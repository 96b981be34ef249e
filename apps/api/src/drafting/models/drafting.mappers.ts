import type { AmendmentEntity } from '../amendment.entity.js';
import type { ClauseVersionEntity } from '../clause-version.entity.js';
import type { ClauseEntity } from '../clause.entity.js';
import { AmendmentModel, ClauseModel, ClauseVersionModel } from './drafting.models.js';

export const clauseNumber = (position: number | null): string =>
  position === null ? '—' : String(position);

export const toClauseModel = (clause: ClauseEntity): ClauseModel =>
  Object.assign(new ClauseModel(), {
    id: clause.id,
    accordId: clause.accordId,
    position: clause.position,
    number: clauseNumber(clause.position),
    removed: clause.removedAt !== null,
    currentVersion: clause.currentVersion,
  });

export const toClauseVersionModel = (version: ClauseVersionEntity): ClauseVersionModel =>
  Object.assign(new ClauseVersionModel(), {
    clauseId: version.clauseId,
    version: version.version,
    heading: version.heading,
    text: version.text,
    force: version.force,
    sources: version.sources,
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
