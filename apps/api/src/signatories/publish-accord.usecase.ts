import { Injectable } from '@nestjs/common';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { assertFinal, publicSlugOf } from './final-text-rules.js';

export interface PublicationCommand {
  callerId: string;
  accordId: string;
}

/**
 * The facilitator opens the public page of a final accord (`accord.published`): its text,
 * signatories and adherence, readable without signing in at `/public/accords/<slug>`. The slug
 * is given the first time and kept, so the address stays the same if the page is withdrawn and
 * published again.
 */
@Injectable()
export class PublishAccordUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, accordId }: PublicationCommand): Promise<AccordEntity> {
    this.access.assertFacilitator(
      await this.access.requireVisibleAs(accordId, callerId),
      'publish the accord',
    );
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      const accord = await db.findOneByOrFail(AccordEntity, { id: accordId });
      assertFinal(accord);
      if (accord.publishedAt) {
        throw new DomainError(
          DomainErrorCode.ALREADY_PUBLISHED,
          'The public page of this accord is already published',
        );
      }
      const slug = accord.publicSlug ?? publicSlugOf(accord);
      const event = await write.append('accord.published', callerId, { slug });
      await db.update(AccordEntity, { id: accordId }, { publicSlug: slug, publishedAt: event.at });
      return db.findOneByOrFail(AccordEntity, { id: accordId });
    });
  }
}
