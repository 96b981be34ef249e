import { VotingRoundOutcome, type VotingSuspendedPayload } from '@plenary/contracts';
import type { Tally } from '@plenary/decision-rules';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { firstRow } from '../common/database/first-row.js';
import { AmendmentEntity, type AmendmentConflict } from '../drafting/amendment.entity.js';
import type { AccordWrite } from '../accord-log/accord-write.js';
import { RunningVote } from '../drafting/running-vote.js';
import type { StaleAmendment } from '../drafting/examine-amendment.js';
import { publishedFinalTally, tallyOf } from './tally.js';
import { votingContext } from './voting-context.js';

// Every vote on an amendment is a round, kept with its outcome, final tally and ballots (in
// ballot_history): an amendment suspended, rebased and voted on again shows every vote it had.
// These run inside the accord's write, under its lock.

/** Starts the next round of votes on an amendment; returns its number. */
export async function openRound(
  db: EntityManager,
  amendmentId: string,
  openedAt: Date,
  closesAt: Date | null,
): Promise<number> {
  const rows = await db.query<{ round: number }[]>(
    `INSERT INTO voting_round (amendment_id, round, opened_at, closes_at)
     SELECT $1, coalesce(max(round), 0) + 1, $2, $3 FROM voting_round WHERE amendment_id = $1
     RETURNING round`,
    [amendmentId, openedAt, closesAt],
  );
  return firstRow(rows, 'INSERT INTO voting_round ... RETURNING round').round;
}

/** Ends the running round with its outcome and final tally; returns its number. */
export async function endRound(
  db: EntityManager,
  amendmentId: string,
  end: {
    outcome: VotingRoundOutcome;
    tally: Tally;
    at: Date;
    conflict?: AmendmentConflict | null;
  },
): Promise<number> {
  const rows = await db.query<{ round: number }[]>(
    `WITH ended AS (
       UPDATE voting_round SET ended_at = $2, outcome = $3, final_tally = $4, conflict = $5
       WHERE amendment_id = $1 AND outcome IS NULL RETURNING round)
     SELECT round FROM ended`,
    [
      amendmentId,
      end.at,
      end.outcome,
      JSON.stringify(end.tally),
      end.conflict ? JSON.stringify(end.conflict) : null,
    ],
  );
  const [ended] = rows;
  if (!ended || rows.length !== 1)
    throw new Error(`No vote is running on amendment ${amendmentId}`);
  return ended.round;
}

/**
 * Stops a running vote without deciding it (withdrawn, or suspended): its tally is frozen on the
 * amendment and on the round, as a closed vote's is, and nothing is counted.
 */
export async function stopVote(
  db: EntityManager,
  amendment: AmendmentEntity,
  outcome: VotingRoundOutcome.SUSPENDED | VotingRoundOutcome.WITHDRAWN,
  conflict: AmendmentConflict | null = null,
): Promise<{ round: number; tally: Tally }> {
  const context = await votingContext(db, amendment.accordId);
  const tally = tallyOf(amendment, context.partiesPerGroup, context.rule);
  const round = await endRound(db, amendment.id, { outcome, tally, at: new Date(), conflict });
  await db.update(AmendmentEntity, { id: amendment.id }, { finalTally: tally, closesAt: null });
  return { round, tally };
}

/**
 * The clause changed under an amendment being voted on and it no longer applies: the vote is
 * suspended, neither closed nor counted. Its ballots stay, in their round, and everyone in the
 * accord learns it from the log.
 */
export async function suspendVote(
  write: AccordWrite,
  amendment: AmendmentEntity,
  { clauseId, conflict }: StaleAmendment,
  actorId: string | null,
): Promise<void> {
  const { round, tally } = await stopVote(
    write.manager,
    amendment,
    VotingRoundOutcome.SUSPENDED,
    conflict,
  );
  const { rule } = await votingContext(write.manager, amendment.accordId);
  // Not decided by a close: a secret vote's counts stay sealed (it may be voted again).
  const published = publishedFinalTally(tally, rule, { decided: false, ended: true });
  const payload: VotingSuspendedPayload = {
    amendmentId: amendment.id,
    clauseId,
    round,
    reason: conflict.reason,
    tally: {
      for: published.for,
      against: published.against,
      abstain: published.abstain,
      cast: published.cast,
      eligible: published.eligible,
      passed: published.passed,
      explanation: published.explanation,
    },
  };
  await write.append('voting.suspended', actorId, payload);
}

/** Drafting's RunningVote, answered by the rounds kept here. */
@Injectable()
export class RunningVoteRounds extends RunningVote {
  async withdraw(write: AccordWrite, amendment: AmendmentEntity): Promise<void> {
    await stopVote(write.manager, amendment, VotingRoundOutcome.WITHDRAWN);
  }

  suspend(
    write: AccordWrite,
    amendment: AmendmentEntity,
    stale: StaleAmendment,
    actorId: string | null,
  ): Promise<void> {
    return suspendVote(write, amendment, stale, actorId);
  }
}
