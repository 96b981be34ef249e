import { AmendmentStatus, VotingRoundOutcome } from '@plenary/contracts';
import type { AccordWrite } from '../accord-log/accord-write.js';
import { AmendmentEntity } from '../drafting/amendment.entity.js';
import { applyAmendment } from '../drafting/apply-amendment.js';
import { examineAmendment } from '../drafting/examine-amendment.js';
import { markConflict } from '../drafting/reexamine-amendments.js';
import type { RunningVote } from '../drafting/running-vote.js';
import { finalTallySummary, tallyOf } from './tally.js';
import type { AccordVotingContext } from './voting-context.js';
import { endRound } from './voting-rounds.js';

/**
 * Decides a vote under the accord's rule and, when adopted, applies the amendment to the text,
 * inside the accord's write (by the facilitator's close, or at the deadline with no actor). Two
 * closes of amendments on the same clause apply one after the other, never over each other: the
 * first re-examines the second (see `reexamineAmendmentsOn`), which then applies as merged, or
 * is suspended in CONFLICT.
 */
export async function decideVote(
  write: AccordWrite,
  amendment: AmendmentEntity,
  actorId: string | null,
  context: AccordVotingContext,
  votes: RunningVote,
): Promise<AmendmentEntity> {
  const db = write.manager;
  const tally = tallyOf(amendment, context.partiesPerGroup, context.rule);
  const closedAt = new Date();
  if (!tally.passed) {
    await db.update(
      AmendmentEntity,
      { id: amendment.id },
      { status: AmendmentStatus.REJECTED, finalTally: tally, closedAt },
    );
    await endRound(db, amendment.id, {
      outcome: VotingRoundOutcome.REJECTED,
      tally,
      at: closedAt,
    });
    await write.append('voting.closed', actorId, {
      amendmentId: amendment.id,
      outcome: 'REJECTED',
      tally: finalTallySummary(tally, context.rule),
    });
    return db.findOneByOrFail(AmendmentEntity, { id: amendment.id });
  }
  // Checked again under the lock: what passes is applied exactly as it was shown.
  const examination = await examineAmendment(db, amendment);
  if (!examination.applies) {
    // Every change of the clause re-examines it, so only an amendment older than that rule
    // gets here: it is suspended like any other, never applied over the text.
    await markConflict(write, amendment, examination, actorId, votes);
    return db.findOneByOrFail(AmendmentEntity, { id: amendment.id });
  }
  await write.append('voting.closed', actorId, {
    amendmentId: amendment.id,
    outcome: 'ADOPTED',
    tally: finalTallySummary(tally, context.rule),
  });
  await applyAmendment(write, amendment, examination.application, actorId, votes);
  await db.update(
    AmendmentEntity,
    { id: amendment.id },
    { status: AmendmentStatus.ADOPTED, finalTally: tally, closedAt },
  );
  await endRound(db, amendment.id, { outcome: VotingRoundOutcome.ADOPTED, tally, at: closedAt });
  return db.findOneByOrFail(AmendmentEntity, { id: amendment.id });
}
