import { Injectable } from '@nestjs/common';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import type { AmendmentEntity } from '../drafting/amendment.entity.js';
import { DraftingLookupService } from '../drafting/drafting-lookup.service.js';
import { AmendmentSupportEntity } from './amendment-support.entity.js';
import {
  assertRepresentsParticipant,
  assertUndecided,
  organizationInAccord,
} from './cosponsor-rules.js';

export interface SupportCommand {
  callerId: string;
  amendmentId: string;
  organizationId: string;
}

/** The organization gives an undecided amendment its visible "+1". */
@Injectable()
export class SupportAmendmentUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly events: EventLogService,
  ) {}

  execute(command: SupportCommand): Promise<AmendmentEntity> {
    return changeSupport(this.lookup, this.events, command, true);
  }
}

/** The organization takes its "+1" back, while the amendment is undecided. */
@Injectable()
export class WithdrawSupportUseCase {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly events: EventLogService,
  ) {}

  execute(command: SupportCommand): Promise<AmendmentEntity> {
    return changeSupport(this.lookup, this.events, command, false);
  }
}

/**
 * A representative of a participant organization (party or observer) gives or takes back a
 * visible "+1": support, not a co-sponsorship. Refused when it is already so.
 */
async function changeSupport(
  lookup: DraftingLookupService,
  events: EventLogService,
  { callerId, amendmentId, organizationId }: SupportCommand,
  supported: boolean,
): Promise<AmendmentEntity> {
  const accordId = await lookup.accordIdOfAmendment(amendmentId);
  return events.writeToAccord(
    accordId,
    async (write) => {
      const { amendment } = await lookup.amendmentFor(callerId, amendmentId, write.manager);
      const organization = await organizationInAccord(
        write.manager,
        accordId,
        organizationId,
        callerId,
      );
      assertRepresentsParticipant(organization);
      assertUndecided(amendment);
      const key = { amendmentId, organizationId };
      const already = await write.manager.existsBy(AmendmentSupportEntity, key);
      if (already === supported) {
        throw supported
          ? new DomainError(
              DomainErrorCode.ALREADY_SUPPORTED,
              'This organization already supports the amendment',
            )
          : new DomainError(
              DomainErrorCode.NOT_SUPPORTED,
              'This organization does not support the amendment',
            );
      }
      const event = await write.append(
        supported ? 'amendment.supported' : 'amendment.supportWithdrawn',
        callerId,
        { amendmentId, organizationId, organizationName: organization.name },
      );
      if (supported)
        await write.manager.insert(AmendmentSupportEntity, {
          ...key,
          supportedBy: callerId,
          supportedAt: event.at,
        });
      else await write.manager.delete(AmendmentSupportEntity, key);
      return amendment;
    },
    { changesTextAs: callerId },
  );
}
