import { Injectable } from '@nestjs/common';
import { AmendmentStatus } from '@plenary/contracts';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { AmendmentEntity } from './amendment.entity.js';
import { ClauseEntity } from './clause.entity.js';
import { recordReferences } from './cross-references.js';
import { rebasableChange, removedClauseRefusal } from './author-actions.js';
import { DraftingLookupService } from './drafting-lookup.service.js';

export interface RebaseAmendmentCommand {
  callerId: string;
  amendmentId: string;
  text: string;
}

/**
 * The author puts new text on the current version. It goes back to OPEN; an earlier vote on the
 * old text (suspended when the clause changed under it) stays, with its ballots, in its round.
 */
@Injectable()
export class RebaseAmendmentUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, amendmentId, text }: RebaseAmendmentCommand): Promise<AmendmentEntity> {
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const db = write.manager;
        const { amendment } = await this.lookup.amendmentFor(callerId, amendmentId, db);
        const change = rebasableChange(amendment, callerId);
        if (change instanceof DomainError) throw change;
        const clause = await db.findOneByOrFail(ClauseEntity, { id: change.clauseId });
        const removed = removedClauseRefusal(clause);
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
          change.text,
        );
        await write.append('amendment.rebased', callerId, {
          amendmentId: amendment.id,
          baseVersion: clause.currentVersion,
          text,
          previousStatus: amendment.status,
        });
        return db.findOneByOrFail(AmendmentEntity, { id: amendment.id });
      },
      { changesTextAs: callerId },
    );
  }
}
