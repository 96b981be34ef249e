import { Injectable } from '@nestjs/common';
import type { Renumbered } from '@plenary/text-history';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { ClauseWriter } from './clause-writer.js';
import { RunningVote } from './running-vote.js';

export interface RenumberClausesCommand {
  callerId: string;
  accordId: string;
}

export interface RenumberingDone {
  seq: number;
  changes: Renumbered<string>[];
}

/**
 * The facilitator numbers the whole text 1, 2, 3 … in its current order, as one act in the log.
 * References in amendments and comments name clauses, not numbers, so they follow.
 */
@Injectable()
export class RenumberClausesUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
    private readonly votes: RunningVote,
  ) {}

  async execute({ callerId, accordId }: RenumberClausesCommand): Promise<RenumberingDone> {
    await this.access.requireVisibleAs(accordId, callerId);
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const standing = await this.access.requireVisibleAs(accordId, callerId, {
          manager: write.manager,
        });
        this.access.assertFacilitator(standing, 'renumber its text');
        const done = await new ClauseWriter(write, this.votes).renumber(callerId);
        if (!done) {
          throw new DomainError(
            DomainErrorCode.NOTHING_TO_RENUMBER,
            'The text already reads 1, 2, 3 … in order: nothing to renumber',
          );
        }
        return done;
      },
      { changesTextAs: callerId },
    );
  }
}
