import { Injectable } from '@nestjs/common';
import { EventLogService } from '../accord-log/event-log.service.js';
import type { AmendmentEntity } from '../drafting/amendment.entity.js';
import { DraftingLookupService } from '../drafting/drafting-lookup.service.js';
import { closeVotingRefusal } from './voting-actions.js';
import { RunningVote } from '../drafting/running-vote.js';
import { decideVote } from './decide-vote.js';

export interface CloseVotingCommand {
  callerId: string;
  amendmentId: string;
}

/**
 * The facilitator closes a vote: decided under the accord's rule and, when adopted, applied to
 * the text (see `decideVote`), under the accord's lock. The deadline job closes the others
 * (`VotingDeadlineScheduler`).
 */
@Injectable()
export class CloseVotingUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly events: EventLogService,
    private readonly votes: RunningVote,
  ) {}

  async execute({ callerId, amendmentId }: CloseVotingCommand): Promise<AmendmentEntity> {
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const { amendment, ...standing } = await this.lookup.amendmentFor(
          callerId,
          amendmentId,
          write.manager,
        );
        const refusal = closeVotingRefusal(amendment, standing.isFacilitator);
        if (refusal) throw refusal;
        const accord = standing.accord;
        // The accord row was read under the lock just taken: its rule and parties are current.
        return decideVote(write, amendment, callerId, accord, this.votes);
      },
      { changesTextAs: callerId },
    );
  }
}
