import { Injectable } from '@nestjs/common';
import { AmendmentKind, AmendmentStatus } from '@plenary/contracts';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { AmendmentEntity } from './amendment.entity.js';
import { ClauseEntity } from './clause.entity.js';
import { recordReferences } from './cross-references.js';
import { DraftingLookupService } from './drafting-lookup.service.js';
import { RunningVote } from './running-vote.js';

const UNDECIDED = [AmendmentStatus.OPEN, AmendmentStatus.VOTING, AmendmentStatus.CONFLICT];

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
      if (amendment.authorId !== callerId) {
        throw new DomainError(
          DomainErrorCode.NOT_THE_AUTHOR,
          'Only the author can withdraw this amendment',
        );
      }
      if (!UNDECIDED.includes(amendment.status)) {
        throw new DomainError(
          DomainErrorCode.AMENDMENT_NOT_OPEN,
          `The amendment is already ${amendment.status.toLowerCase()}`,
        );
      }
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
      if (amendment.authorId !== callerId) {
        throw new DomainError(
          DomainErrorCode.NOT_THE_AUTHOR,
          'Only the author can rebase this amendment',
        );
      }
      if (amendment.kind !== AmendmentKind.MODIFY_CLAUSE) {
        throw new DomainError(
          DomainErrorCode.INVALID_INPUT,
          'Only MODIFY_CLAUSE amendments carry text to rebase',
        );
      }
      if (
        amendment.status !== AmendmentStatus.CONFLICT &&
        amendment.status !== AmendmentStatus.OPEN
      ) {
        // Text is frozen once voting opened: ballots must be about the text as it was.
        throw new DomainError(
          DomainErrorCode.AMENDMENT_NOT_IN_CONFLICT,
          'Only an open or conflicting amendment can be rebased',
        );
      }
      const clause = await db.findOneByOrFail(ClauseEntity, { id: amendment.clauseId! });
      if (clause.removedAt)
        throw new DomainError(DomainErrorCode.CLAUSE_REMOVED, 'This clause has been removed');
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
