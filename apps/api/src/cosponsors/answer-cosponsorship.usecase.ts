import { CosponsorStatus } from '@plenary/contracts';
import { Injectable } from '@nestjs/common';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import type { AmendmentEntity } from '../drafting/amendment.entity.js';
import { DraftingLookupService } from '../drafting/drafting-lookup.service.js';
import { AmendmentSponsorEntity } from './amendment-sponsor.entity.js';
import { assertUndecided } from './cosponsor-rules.js';

export interface AnswerCoSponsorshipCommand {
  callerId: string;
  amendmentId: string;
  organizationId: string;
  accept: boolean;
}

/** A representative of the invited party accepts or declines to co-sponsor; once, while undecided. */
@Injectable()
export class AnswerCoSponsorshipUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({
    callerId,
    amendmentId,
    organizationId,
    accept,
  }: AnswerCoSponsorshipCommand): Promise<AmendmentEntity> {
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const { amendment } = await this.lookup.amendmentFor(callerId, amendmentId, write.manager);
        await this.access.requireRepresentative(callerId, organizationId, undefined, write.manager);
        assertUndecided(amendment);
        const invitation = await write.manager.findOneBy(AmendmentSponsorEntity, {
          amendmentId,
          organizationId,
        });
        if (!invitation) {
          throw new DomainError(
            DomainErrorCode.COSPONSOR_NOT_INVITED,
            'This organization has not been invited to co-sponsor the amendment',
          );
        }
        if (invitation.status !== CosponsorStatus.INVITED) {
          throw new DomainError(
            DomainErrorCode.COSPONSORSHIP_ALREADY_ANSWERED,
            `This invitation to co-sponsor was already ${invitation.status.toLowerCase()}`,
          );
        }
        const [organization] = await write.manager.query<{ name: string }[]>(
          `SELECT name FROM organization WHERE id = $1`,
          [organizationId],
        );
        const event = await write.append('amendment.cosponsorAnswered', callerId, {
          amendmentId,
          organizationId,
          organizationName: organization!.name,
          accepted: accept,
        });
        await write.manager.update(
          AmendmentSponsorEntity,
          { amendmentId, organizationId },
          {
            status: accept ? CosponsorStatus.ACCEPTED : CosponsorStatus.DECLINED,
            answeredBy: callerId,
            answeredAt: event.at,
          },
        );
        return amendment;
      },
      { changesTextAs: callerId },
    );
  }
}
