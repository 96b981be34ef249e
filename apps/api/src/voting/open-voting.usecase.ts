import { Injectable } from '@nestjs/common';
import { AmendmentStatus } from '@plenary/contracts';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { AmendmentEntity } from '../drafting/amendment.entity.js';
import { DraftingLookupService } from '../drafting/drafting-lookup.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { openVotingRefusal } from './voting-actions.js';
import { asksForCoSponsors, sponsorCounts, sponsorsMissing } from './sponsor-minimum.js';
import { openRound } from './voting-rounds.js';

export interface OpenVotingCommand {
  callerId: string;
  amendmentId: string;
  /** The vote closes itself then; never when null. */
  closesAt: Date | null;
}

/** The facilitator opens the vote on an OPEN amendment; its text is frozen from then on. */
@Injectable()
export class OpenVotingUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, amendmentId, closesAt }: OpenVotingCommand): Promise<AmendmentEntity> {
    if (closesAt && closesAt.getTime() <= Date.now()) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'closesAt must be in the future');
    }
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const { amendment, ...standing } = await this.lookup.amendmentFor(
          callerId,
          amendmentId,
          write.manager,
        );
        const refusal = openVotingRefusal(amendment, standing.isFacilitator);
        if (refusal) throw refusal;
        const { rule } = standing.accord;
        if (asksForCoSponsors(rule)) {
          const [counts] = await sponsorCounts(write.manager, [amendment.id]);
          const missing = counts && sponsorsMissing(rule, counts);
          if (missing) throw missing;
        }
        const openedAt = new Date();
        await write.manager.update(
          AmendmentEntity,
          { id: amendment.id },
          { status: AmendmentStatus.VOTING, votingOpenedAt: openedAt, closesAt },
        );
        const round = await openRound(write.manager, amendment.id, openedAt, closesAt);
        await write.append('voting.opened', callerId, {
          amendmentId: amendment.id,
          closesAt: closesAt?.toISOString() ?? null,
          round,
        });
        return write.manager.findOneByOrFail(AmendmentEntity, { id: amendment.id });
      },
      { changesTextAs: callerId },
    );
  }
}
