import {
  AmendmentKind,
  AmendmentStatus,
  type AmendmentReexaminedPayload,
} from '@plenary/contracts';
import { In } from 'typeorm';
import type { AccordWrite } from '../accord-log/accord-write.js';
import { AmendmentEntity } from './amendment.entity.js';
import type { Provenance } from './clause-writer.js';
import { examineAmendment, type StaleAmendment } from './examine-amendment.js';
import type { RunningVote } from './running-vote.js';

/**
 * A clause just got a new version or was removed: every amendment on it still open or being voted
 * on is examined again, in the same transaction and under the accord's lock, so that what the
 * parties see (and vote on) is always what adopting it would do. `by` made the change; the
 * amendment that made it, being applied, is not re-examined.
 */
export async function reexamineAmendmentsOn(
  write: AccordWrite,
  clauseId: string,
  by: Provenance,
  votes: RunningVote,
): Promise<void> {
  const pending = await write.manager.find(AmendmentEntity, {
    where: { clauseId, status: In([AmendmentStatus.OPEN, AmendmentStatus.VOTING]) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  for (const amendment of pending) {
    if (amendment.id !== by.amendmentId) await reexamine(write, amendment, by.actorId, votes);
  }
}

/**
 * Either the amendment still applies (a MODIFY then stores the clause as it would now leave it,
 * merged onto the current version: the text shown and, if adopted, applied), or it goes into
 * CONFLICT at once.
 */
export async function reexamine(
  write: AccordWrite,
  amendment: AmendmentEntity,
  actorId: string | null,
  votes: RunningVote,
): Promise<void> {
  const examination = await examineAmendment(write.manager, amendment);
  if (!examination.applies) {
    await markConflict(write, amendment, examination, actorId, votes);
    return;
  }
  const { application } = examination;
  // Nothing moves under an ADD_CLAUSE: it is only re-examined as an amendment to a clause.
  if (application.kind === AmendmentKind.ADD_CLAUSE) return;
  const { clause } = application;
  const content = application.kind === AmendmentKind.MODIFY_CLAUSE ? application.content : null;
  if (content) {
    await write.manager.update(
      AmendmentEntity,
      { id: amendment.id },
      { merged: { onto: clause.currentVersion, ...content } },
    );
  }
  const payload: AmendmentReexaminedPayload = {
    amendmentId: amendment.id,
    clauseId: clause.id,
    onto: clause.currentVersion,
    outcome: 'APPLIES',
    merged: content && { heading: content.heading, text: content.text, force: content.force },
  };
  await write.append('amendment.reexamined', actorId, payload);
}

/**
 * The amendment no longer applies to the current text: CONFLICT, for its author to rebase. A vote
 * running on it is suspended (its ballots kept), and no vote can be opened on it until then.
 */
export async function markConflict(
  write: AccordWrite,
  amendment: AmendmentEntity,
  stale: StaleAmendment,
  actorId: string | null,
  votes: RunningVote,
): Promise<void> {
  const { conflict } = stale;
  await write.manager.update(
    AmendmentEntity,
    { id: amendment.id },
    { status: AmendmentStatus.CONFLICT, conflict, merged: null },
  );
  const payload: AmendmentReexaminedPayload = {
    amendmentId: amendment.id,
    clauseId: stale.clauseId,
    onto: conflict.currentVersion,
    outcome: 'CONFLICT',
    reason: conflict.reason,
  };
  await write.append('amendment.reexamined', actorId, payload);
  if (amendment.status === AmendmentStatus.VOTING)
    await votes.suspend(write, amendment, stale, actorId);
}
