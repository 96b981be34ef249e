import { Injectable } from '@nestjs/common';
import { CosponsorStatus, ParticipantRole } from '@plenary/contracts';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import type { AmendmentEntity } from '../drafting/amendment.entity.js';
import { DraftingLookupService } from '../drafting/drafting-lookup.service.js';
import { AmendmentSponsorEntity } from './amendment-sponsor.entity.js';
import { assertUndecided, organizationInAccord } from './cosponsor-rules.js';

export interface InviteCoSponsorCommand {
  callerId: string;
  amendmentId: string;
  organizationId: string;
}

/**
 * The author of an undecided amendment invites another party of the accord to co-sponsor it; the
 * invitation waits for that party's answer. Checked and written under the accord's lock.
 */
@Injectable()
export class InviteCoSponsorUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly events: EventLogService,
  ) {}

  async execute({
    callerId,
    amendmentId,
    organizationId,
  }: InviteCoSponsorCommand): Promise<AmendmentEntity> {
    const accordId = await this.lookup.accordIdOfAmendment(amendmentId);
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const { amendment } = await this.lookup.amendmentFor(callerId, amendmentId, write.manager);
        if (amendment.authorId !== callerId) {
          throw new DomainError(
            DomainErrorCode.NOT_THE_AUTHOR,
            'Only the author of this amendment can invite co-sponsors',
          );
        }
        assertUndecided(amendment);
        if (organizationId === amendment.onBehalfOf) {
          throw new DomainError(
            DomainErrorCode.COSPONSOR_IS_SPONSOR,
            'This organization already sponsors the amendment',
          );
        }
        const organization = await organizationInAccord(
          write.manager,
          accordId,
          organizationId,
          callerId,
        );
        if (organization?.participantRole !== ParticipantRole.PARTY) {
          throw new DomainError(
            DomainErrorCode.COSPONSOR_NOT_A_PARTY,
            'Only a party to this accord can co-sponsor an amendment',
          );
        }
        const invited = await write.manager.existsBy(AmendmentSponsorEntity, {
          amendmentId,
          organizationId,
        });
        if (invited) {
          throw new DomainError(
            DomainErrorCode.COSPONSOR_ALREADY_INVITED,
            'This organization has already been invited to co-sponsor the amendment',
          );
        }
        const event = await write.append('amendment.cosponsorInvited', callerId, {
          amendmentId,
          organizationId,
          organizationName: organization.name,
        });
        await write.manager.insert(AmendmentSponsorEntity, {
          amendmentId,
          organizationId,
          status: CosponsorStatus.INVITED,
          invitedBy: callerId,
          invitedAt: event.at,
          answeredBy: null,
          answeredAt: null,
        });
        return amendment;
      },
      { changesTextAs: callerId },
    );
  }
}
