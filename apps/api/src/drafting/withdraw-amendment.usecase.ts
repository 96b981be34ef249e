import { Injectable } from '@nestjs/common';
import { AmendmentStatus } from '@plenary/contracts';
import { EventLogService } from '../accord-log/event-log.service.js';
import { AmendmentEntity } from './amendment.entity.js';
import { withdrawRefusal } from './author-actions.js';
import { DraftingLookupService } from './drafting-lookup.service.js';
import { RunningVote } from './running-vote.js';

export interface WithdrawAmendmentCommand {
  callerId: string;
  amendmentId: string;
}

/** Its author withdraws an amendment not yet decided; a vote running on it ends there. */
@Injectable()
export class WithdrawAmendmentUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly events: EventLogService,
    private readonly votes: RunningVote,
  ) {}

  async execute({ callerId, amendmentId }: WithdrawAmendmentCommand): Promise<AmendmentEntity> {
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const { amendment } = await this.lookup.amendmentFor(callerId, amendmentId, write.manager);
        const refusal = withdrawRefusal(amendment, callerId);
        if (refusal) throw refusal;
        // A vote running on it ends there: its tally and ballots stay, in their round.
        if (amendment.status === AmendmentStatus.VOTING)
          await this.votes.withdraw(write, amendment);
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
      },
      { changesTextAs: callerId },
    );
  }
}
