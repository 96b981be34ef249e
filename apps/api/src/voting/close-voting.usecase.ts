import { Injectable, Logger } from '@nestjs/common';
import { AmendmentStatus, VotingRoundOutcome } from '@plenary/contracts';
import { AmendmentEntity } from '../drafting/amendment.entity.js';
import { applyAmendment } from '../drafting/apply-amendment.js';
import { DraftingLookupService } from '../drafting/drafting-lookup.service.js';
import { examineAmendment } from '../drafting/examine-amendment.js';
import { markConflict } from '../drafting/reexamine-amendments.js';
import type { AccordWrite } from '../accord-log/accord-write.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { finalTallySummary, tallyOf } from './tally.js';
import { type AccordVotingContext, votingContext } from './voting-context.js';
import { closeVotingRefusal } from './voting-actions.js';
import { endRound } from './voting-rounds.js';
import { RunningVote } from '../drafting/running-vote.js';

/**
 * Closes a vote: decides it under the accord's rule and, when adopted, applies the amendment to
 * the text. Runs under the accord lock, so two closes of amendments on the same clause apply one
 * after the other, never over each other: the first re-examines the second (see
 * `reexamineAmendmentsOn`), which then applies as merged, or is suspended in CONFLICT.
 */
@Injectable()
export class CloseVotingUseCase {
  private readonly logger = new Logger(CloseVotingUseCase.name);

  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly events: EventLogService,
    private readonly votes: RunningVote,
  ) {}

  /** By the facilitator. */
  async execute(callerId: string, amendmentId: string): Promise<AmendmentEntity> {
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(accordId, async (write) => {
      const { amendment, accord, isFacilitator } = await this.lookup.amendmentFor(
        callerId,
        amendmentId,
        write.manager,
      );
      const refusal = closeVotingRefusal(amendment, isFacilitator);
      if (refusal) throw refusal;
      // The accord row was read under the lock just taken: its rule and parties are current.
      return this.decide(write, amendment, callerId, accord);
    });
  }

  /**
   * By the deadline job. Returns false when someone else closed it first: the status check
   * under the lock makes each vote close exactly once, whatever the number of instances.
   */
  async closeDue(amendmentId: string, knownAccordId?: string): Promise<boolean> {
    const accordId = knownAccordId ?? (await this.lookup.accordIdOfAmendment(amendmentId));
    return this.events.writeToAccord(accordId, async (write) => {
      const amendment = await write.manager.findOneByOrFail(AmendmentEntity, { id: amendmentId });
      const due =
        amendment.status === AmendmentStatus.VOTING &&
        amendment.closesAt &&
        amendment.closesAt.getTime() <= Date.now();
      if (!due) return false;
      await this.decide(write, amendment, null, await votingContext(write.manager, accordId));
      this.logger.log({ amendmentId, accordId }, 'closed a vote at its deadline');
      return true;
    });
  }

  private async decide(
    write: AccordWrite,
    amendment: AmendmentEntity,
    actorId: string | null,
    context: AccordVotingContext,
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
      await markConflict(write, amendment, examination.conflict, actorId, this.votes);
      return db.findOneByOrFail(AmendmentEntity, { id: amendment.id });
    }
    await write.append('voting.closed', actorId, {
      amendmentId: amendment.id,
      outcome: 'ADOPTED',
      tally: finalTallySummary(tally, context.rule),
    });
    await applyAmendment(write, amendment, examination, actorId, this.votes);
    await db.update(
      AmendmentEntity,
      { id: amendment.id },
      { status: AmendmentStatus.ADOPTED, finalTally: tally, closedAt },
    );
    await endRound(db, amendment.id, { outcome: VotingRoundOutcome.ADOPTED, tally, at: closedAt });
    return db.findOneByOrFail(AmendmentEntity, { id: amendment.id });
  }
}
