import { Injectable } from '@nestjs/common';
import { AmendmentStatus } from '@plenary/contracts';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { AmendmentEntity } from './amendment.entity.js';
import { DraftingLookupService } from './drafting-lookup.service.js';
import { RunningVote } from './running-vote.js';

export interface WithdrawAmendmentCommand {
  callerId: string;
  amendmentId: string;
}

const UNDECIDED = [AmendmentStatus.OPEN, AmendmentStatus.VOTING, AmendmentStatus.CONFLICT];

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
}
