import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { optionalText } from './final-text-rules.js';
import { SignatureEntity } from './signature.entity.js';

export interface WithdrawSignatureCommand {
  callerId: string;
  accordId: string;
  organizationId: string;
  reason?: string | null;
}

/**
 * A representative withdraws his organization's signature, with an optional reason: the
 * signature stays on record (withdrawn, with its seq), the organization is no longer counted
 * among the signatories, and its reports are kept. It may sign again later.
 */
@Injectable()
export class WithdrawSignatureUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute(command: WithdrawSignatureCommand): Promise<SignatureEntity> {
    const { callerId, accordId, organizationId } = command;
    const reason = optionalText(command.reason);
    await this.access.requireVisibleAs(accordId, callerId);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      await this.access.requireRepresentative(callerId, organizationId, accordId, db);
      const signature = await db.findOneBy(SignatureEntity, {
        accordId,
        organizationId,
        withdrawnAt: IsNull(),
      });
      if (!signature) {
        throw new DomainError(
          DomainErrorCode.NOT_A_SIGNATORY,
          'This organization has no signature on the accord to withdraw',
        );
      }
      const event = await write.append('signature.withdrawn', callerId, {
        signatureId: signature.id,
        organizationId,
        reason,
      });
      await db.update(
        SignatureEntity,
        { id: signature.id },
        {
          withdrawnAt: event.at,
          withdrawnBy: callerId,
          withdrawnSeq: event.seq,
          withdrawalReason: reason,
        },
      );
      return db.findOneByOrFail(SignatureEntity, { id: signature.id });
    });
  }
}
