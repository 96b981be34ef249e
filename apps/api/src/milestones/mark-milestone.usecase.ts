import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { MilestoneEntity } from './milestone.entity.js';

export interface MarkMilestoneCommand {
  callerId: string;
  accordId: string;
  name: string;
}

/**
 * The facilitator names the text as it stands ("Draft after first reading"): a `milestone.marked`
 * event in the log, whose seq is the moment named. Names are unique in an accord, whatever their
 * case: the check runs under the accord's lock (a unique index backs it).
 */
@Injectable()
export class MarkMilestoneUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, accordId, name }: MarkMilestoneCommand): Promise<MilestoneEntity> {
    this.access.assertFacilitator(await this.access.requireVisibleAs(accordId, callerId));
    const trimmed = name.trim().replace(/\s+/g, ' ');
    return this.events.writeToAccord(accordId, async (write) => {
      const taken = await write.manager.query<unknown[]>(
        `SELECT 1 FROM milestone WHERE accord_id = $1 AND lower(name) = lower($2)`,
        [accordId, trimmed],
      );
      if (taken.length > 0) {
        throw new DomainError(
          DomainErrorCode.MILESTONE_NAME_TAKEN,
          `A milestone of this accord is already named “${trimmed}”`,
        );
      }
      const milestoneId = randomUUID();
      const event = await write.append('milestone.marked', callerId, {
        milestoneId,
        name: trimmed,
      });
      return write.manager.save(
        write.manager.create(MilestoneEntity, {
          id: milestoneId,
          accordId,
          seq: event.seq,
          name: trimmed,
          markedBy: callerId,
          markedAt: event.at,
        }),
      );
    });
  }
}
