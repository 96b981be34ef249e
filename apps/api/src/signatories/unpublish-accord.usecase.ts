import { Injectable } from '@nestjs/common';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import type { PublicationCommand } from './publish-accord.usecase.js';

/** The facilitator withdraws the public page (`accord.unpublished`): it answers 404 again. */
@Injectable()
export class UnpublishAccordUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, accordId }: PublicationCommand): Promise<AccordEntity> {
    this.access.assertFacilitator(
      await this.access.requireVisibleAs(accordId, callerId),
      'withdraw the public page',
    );
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      const accord = await db.findOneByOrFail(AccordEntity, { id: accordId });
      if (!accord.publishedAt || !accord.publicSlug) {
        throw new DomainError(
          DomainErrorCode.NOT_PUBLISHED,
          'The public page of this accord is not published',
        );
      }
      await write.append('accord.unpublished', callerId, { slug: accord.publicSlug });
      await db.update(AccordEntity, { id: accordId }, { publishedAt: null });
      return db.findOneByOrFail(AccordEntity, { id: accordId });
    });
  }
}
