import { AmendmentKind, type NormativeForce } from '@plenary/contracts';
import { mergeThreeWay } from '@plenary/text-history';
import type { EntityManager } from 'typeorm';
import type { AmendmentConflict, AmendmentEntity, MergedProposal } from './amendment.entity.js';
import { ClauseVersionEntity } from './clause-version.entity.js';
import { ClauseEntity, isPlaced, type PlacedClause } from './clause.entity.js';
import type { VersionContent } from './clause-writer.js';
import { changeOf, type ModifyChange, type ProposedClause } from './amendment-change.js';

/** What adopting an amendment now would do, with the clause it changes as it is now. */
export type Application =
  | { kind: AmendmentKind.ADD_CLAUSE; position: number | null; proposed: ProposedClause }
  | {
      kind: AmendmentKind.MODIFY_CLAUSE;
      clause: ClauseEntity;
      /** The clause as the amendment would leave it, on the current version. */
      content: VersionContent;
    }
  | { kind: AmendmentKind.REMOVE_CLAUSE; clause: PlacedClause }
  | { kind: AmendmentKind.MOVE_CLAUSE; clause: PlacedClause; position: number };

/** Why an amendment to a clause no longer applies to it. */
export interface StaleAmendment {
  clauseId: string;
  conflict: AmendmentConflict;
}

/** Whether an amendment applies to the text as it is now, and if so what it would do. */
export type Examination =
  { applies: true; application: Application } | ({ applies: false } & StaleAmendment);

type Proposal = Pick<ModifyChange, 'heading' | 'text' | 'force' | 'sources' | 'normIds'>;
type VersionText = Pick<
  ClauseVersionEntity,
  'version' | 'heading' | 'text' | 'force' | 'sources' | 'normIds'
>;

const conflict = (
  reason: AmendmentConflict['reason'],
  currentVersion: number | null,
  ranges: AmendmentConflict['ranges'] = [],
): AmendmentConflict => ({ reason, currentVersion, ranges });

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

/**
 * A MODIFY amendment's change, written against `base`, merged three-way onto `current` (heading,
 * text and normative force): the clause as it would leave it, or why it no longer applies.
 */
export function mergeModification(
  base: VersionText,
  current: VersionText,
  proposal: Proposal,
): { ok: true; content: VersionContent } | { ok: false; conflict: AmendmentConflict } {
  let text = proposal.text;
  if (base.version !== current.version) {
    const merged = mergeThreeWay(base.text, current.text, text);
    if (!merged.ok)
      return { ok: false, conflict: conflict('TEXT_OVERLAP', current.version, merged.conflicts) };
    text = merged.text;
  }
  const heading = mergeField(base.heading, current.heading, proposal.heading);
  const force = mergeField<NormativeForce>(base.force, current.force, proposal.force);
  if (!heading.ok || !force.ok)
    return { ok: false, conflict: conflict('HEADING_OVERLAP', current.version) };
  // Sources and norms cited are each kept unless the proposal gives new ones.
  return {
    ok: true,
    content: {
      heading: heading.value,
      text,
      force: force.value,
      sources: proposal.sources.length > 0 ? proposal.sources : current.sources,
      normIds: proposal.normIds.length > 0 ? proposal.normIds : current.normIds,
    },
  };
}

export const mergedContent = (merged: MergedProposal): VersionContent => ({
  heading: merged.heading,
  text: merged.text,
  force: merged.force,
  sources: merged.sources,
  normIds: merged.normIds ?? [],
});

/**
 * Examines an amendment against the text as it is now (inside the accord's write, under its
 * lock). A MODIFY whose stored merge was made onto the current version is taken as stored: it is
 * the text the parties were shown, and it cannot be stale, since every new version of the clause
 * re-examines it.
 */
export async function examineAmendment(
  db: EntityManager,
  amendment: AmendmentEntity,
): Promise<Examination> {
  const change = changeOf(amendment);
  if (change.kind === AmendmentKind.ADD_CLAUSE) {
    const { position, heading, text, force, sources, normIds } = change;
    return {
      applies: true,
      application: {
        kind: change.kind,
        position,
        proposed: { heading, text, force, sources, normIds },
      },
    };
  }
  const clause = await db.findOneByOrFail(ClauseEntity, { id: change.clauseId });
  if (!isPlaced(clause))
    return { applies: false, clauseId: clause.id, conflict: conflict('CLAUSE_REMOVED', null) };
  switch (change.kind) {
    case AmendmentKind.REMOVE_CLAUSE:
      return { applies: true, application: { kind: change.kind, clause } };
    case AmendmentKind.MOVE_CLAUSE:
      return {
        applies: true,
        application: { kind: change.kind, clause, position: change.position },
      };
    case AmendmentKind.MODIFY_CLAUSE:
      break;
  }
  const modify = (content: VersionContent): Examination => ({
    applies: true,
    application: { kind: AmendmentKind.MODIFY_CLAUSE, clause, content },
  });
  if (amendment.merged?.onto === clause.currentVersion)
    return modify(mergedContent(amendment.merged));
  const [base, current] = await Promise.all([
    db.findOneByOrFail(ClauseVersionEntity, { clauseId: clause.id, version: change.baseVersion }),
    db.findOneByOrFail(ClauseVersionEntity, {
      clauseId: clause.id,
      version: clause.currentVersion,
    }),
  ]);
  const merged = mergeModification(base, current, change);
  return merged.ok
    ? modify(merged.content)
    : { applies: false, clauseId: clause.id, conflict: merged.conflict };
}
