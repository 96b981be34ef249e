import { Injectable } from '@nestjs/common';
import { AmendmentStatus } from '@plenary/contracts';
import { EventLogService } from '../accord-log/event-log.service.js';
import { AmendmentEntity } from './amendment.entity.js';
import { ClauseEntity } from './clause.entity.js';
import { recordReferences } from './cross-references.js';
import { rebaseRefusal, withdrawRefusal } from './author-actions.js';
import { DraftingLookupService } from './drafting-lookup.service.js';
import { RunningVote } from './running-vote.js';

/** What an author does with his own amendment: withdraw it, or rebase it on the current text. */
@Injectable()
export class AmendmentLifecycleService {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly events: EventLogService,
    private readonly votes: RunningVote,
  ) {}

  async withdraw(callerId: string, amendmentId: string): Promise<AmendmentEntity> {
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(accordId, async (write) => {
      const { amendment } = await this.lookup.amendmentFor(callerId, amendmentId, write.manager);
      const refusal = withdrawRefusal(amendment, callerId);
      if (refusal) throw refusal;
      // A vote running on it ends there: its tally and ballots stay, in their round.
      if (amendment.status === AmendmentStatus.VOTING) await this.votes.withdraw(write, amendment);
      await write.manager.update(
        AmendmentEntity,
        { id: amendment.id },
        { status: AmendmentStatus.WITHDRAWN, closedAt: new Date() },
      );
      await write.append('amendment.withdrawn', callerId, {
        amendmentId: amendment.id,
        previousStatus: amendment.status,
      });
      return write.manager.findOneByOrFail(AmendmentEntity, { id: amendment.id });
    });
  }

  /**
   * The author puts new text on the current version. It goes back to OPEN; an earlier vote on the
   * old text (suspended when the clause changed under it) stays, with its ballots, in its round.
   */
  async rebase(callerId: string, amendmentId: string, text: string): Promise<AmendmentEntity> {
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      const { amendment } = await this.lookup.amendmentFor(callerId, amendmentId, db);
      const refusal = rebaseRefusal(amendment, callerId);
      if (refusal) throw refusal;
      const clause = await db.findOneByOrFail(ClauseEntity, { id: amendment.clauseId! });
      const removed = rebaseRefusal(amendment, callerId, clause);
      if (removed) throw removed;
      // The current ballots were the suspended round's; ballot_history keeps them in that round.
      await db.query(`DELETE FROM ballot WHERE amendment_id = $1`, [amendment.id]);
      await db.update(
        AmendmentEntity,
        { id: amendment.id },
        {
          status: AmendmentStatus.OPEN,
          baseVersion: clause.currentVersion,
          text,
          conflict: null,
          merged: null,
          ballotCounts: {},
          finalTally: null,
          closesAt: null,
          closedAt: null,
        },
      );
      await recordReferences(
        db,
        accordId,
        { amendmentId: amendment.id, field: 'TEXT' },
        text,
        amendment.text,
      );
      await write.append('amendment.rebased', callerId, {
        amendmentId: amendment.id,
        baseVersion: clause.currentVersion,
        text,
        previousStatus: amendment.status,
      });
      return db.findOneByOrFail(AmendmentEntity, { id: amendment.id });
    });
  }
}
