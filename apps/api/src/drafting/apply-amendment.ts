import { AmendmentKind, NormativeForce } from '@plenary/contracts';
import { mergeThreeWay } from '@plenary/text-history';
import type { EntityManager } from 'typeorm';
import type { AccordWrite } from '../history/event-log.service.js';
import type { AmendmentConflict, AmendmentEntity } from './amendment.entity.js';
import { ClauseVersionEntity } from './clause-version.entity.js';
import { ClauseEntity } from './clause.entity.js';
import { ClauseWriter, type Provenance, type VersionContent } from './clause-writer.js';

export type ApplyOutcome = { applied: true } | { applied: false; conflict: AmendmentConflict };

const conflict = (
  reason: AmendmentConflict['reason'],
  currentVersion: number | null,
  ranges: AmendmentConflict['ranges'] = [],
): ApplyOutcome => ({
  applied: false,
  conflict: { reason, currentVersion, ranges },
});

/**
 * A field changed by the amendment (relative to its base) wins unless the current version also
 * changed it differently since: then nothing may be silently overwritten.
 */
function mergeField<T>(
  base: T,
  current: T,
  proposal: T | null,
): { ok: true; value: T } | { ok: false } {
  if (proposal === null || proposal === base) return { ok: true, value: current };
  if (current === base || current === proposal) return { ok: true, value: proposal };
  return { ok: false };
}

async function modify(
  db: EntityManager,
  writer: ClauseWriter,
  clause: ClauseEntity,
  a: AmendmentEntity,
  by: Provenance,
) {
  const [base, current] = await Promise.all([
    db.findOneByOrFail(ClauseVersionEntity, { clauseId: clause.id, version: a.baseVersion! }),
    db.findOneByOrFail(ClauseVersionEntity, {
      clauseId: clause.id,
      version: clause.currentVersion,
    }),
  ]);
  let text = a.text!;
  if (base.version !== current.version) {
    // Stale: another amendment changed the clause since this one was written.
    const merged = mergeThreeWay(base.text, current.text, a.text!);
    if (!merged.ok) return conflict('TEXT_OVERLAP', current.version, merged.conflicts);
    text = merged.text;
  }
  const heading = mergeField(base.heading, current.heading, a.heading);
  const force = mergeField<NormativeForce>(base.force, current.force, a.force);
  if (!heading.ok || !force.ok) return conflict('HEADING_OVERLAP', current.version);
  const content: VersionContent = {
    heading: heading.value,
    text,
    force: force.value,
    sources: a.sources.length > 0 ? a.sources : current.sources,
  };
  await writer.addVersion(clause, content, by);
  return { applied: true } as const;
}

/** Applies an adopted amendment to the text, or says why it cannot be applied. */
export async function applyAmendment(
  write: AccordWrite,
  amendment: AmendmentEntity,
  actorId: string | null,
): Promise<ApplyOutcome> {
  const db = write.manager;
  const writer = new ClauseWriter(write);
  const by: Provenance = {
    amendmentId: amendment.id,
    authorOrganizationId: amendment.onBehalfOf,
    actorId,
  };
  if (amendment.kind === AmendmentKind.ADD_CLAUSE) {
    await writer.addClause(
      amendment.position,
      {
        heading: amendment.heading,
        text: amendment.text!,
        force: amendment.force ?? NormativeForce.VOLUNTARY,
        sources: amendment.sources,
      },
      by,
    );
    return { applied: true };
  }
  const clause = await db.findOneByOrFail(ClauseEntity, { id: amendment.clauseId! });
  if (clause.removedAt) return conflict('CLAUSE_REMOVED', null);
  switch (amendment.kind) {
    case AmendmentKind.MODIFY_CLAUSE:
      return modify(db, writer, clause, amendment, by);
    case AmendmentKind.REMOVE_CLAUSE:
      await writer.removeClause(clause, by);
      return { applied: true };
    case AmendmentKind.MOVE_CLAUSE:
      await writer.moveClause(clause, amendment.position!, by);
      return { applied: true };
  }
}
