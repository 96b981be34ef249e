import { Injectable } from '@nestjs/common';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

export interface SetProposalWindowCommand {
  callerId: string;
  accordId: string;
  /** Null: no limit on that side (both null: proposals always open). */
  opensAt: Date | null;
  closesAt: Date | null;
  /** Closes at the server's present time (the clock proposals are judged by), not the caller's. */
  closeNow?: boolean;
}

/**
 * The facilitator sets when amendments may be proposed. Either end may lie in the past: closing
 * proposals now is a window that closed a moment ago. Proposals already made are not touched.
 */
@Injectable()
export class SetProposalWindowUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({
    callerId,
    accordId,
    opensAt,
    closesAt: asked,
    closeNow,
  }: SetProposalWindowCommand) {
    if (closeNow && asked) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'Either close proposals now or give the time they close, not both',
      );
    }
    const closesAt = closeNow ? new Date() : asked;
    if (opensAt && closesAt && opensAt.getTime() >= closesAt.getTime()) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'The proposal window must close after it opens',
      );
    }
    this.access.assertFacilitator(await this.access.requireVisibleAs(accordId, callerId));
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        await write.manager.update(
          AccordEntity,
          { id: accordId },
          { proposalsOpenFrom: opensAt, proposalsCloseAt: closesAt },
        );
        await write.append('accord.proposalWindowSet', callerId, {
          opensAt: opensAt?.toISOString() ?? null,
          closesAt: closesAt?.toISOString() ?? null,
        });
        return write.manager.findOneByOrFail(AccordEntity, { id: accordId });
      },
      { changesTextAs: callerId },
    );
  }
}
