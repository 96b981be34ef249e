import { Injectable } from '@nestjs/common';
import { ParticipantRole } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { inTransaction } from '../common/database/transaction.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { lockOrganization } from '../identity/organization-write.js';
import { ParticipantEntity } from './participant.entity.js';

export interface AddParticipantCommand {
  callerId: string;
  accordId: string;
  organizationId: string;
  role: ParticipantRole;
}

/**
 * The facilitator lets an organization take part. Only a verified organization may be a PARTY;
 * an unverified one may observe if the facilitator lets it (and is marked so wherever it is
 * listed).
 */
@Injectable()
export class AddParticipantUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, accordId, organizationId, role }: AddParticipantCommand) {
    this.access.assertFacilitator(await this.access.requireVisibleAs(accordId, callerId));
    const added = await inTransaction(this.dataSource, async (manager) => {
      // The organization before the accord: the order OrganizationWrite keeps too.
      const organization = await lockOrganization(manager, organizationId, 'SHARE');
      if (role === ParticipantRole.PARTY && !organization.verifiedAt) {
        throw new DomainError(
          DomainErrorCode.ORGANIZATION_NOT_VERIFIED,
          'Only an organization verified by a platform operator can be a party; it may observe meanwhile',
        );
      }
      const write = await this.events.lockAccord(manager, accordId);
      const existing = await manager.findOneBy(ParticipantEntity, { accordId, organizationId });
      if (existing) {
        throw new DomainError(
          DomainErrorCode.ALREADY_PARTICIPANT,
          'This organization already takes part in the accord',
        );
      }
      const participant = await manager.save(
        manager.create(ParticipantEntity, { accordId, organizationId, role }),
      );
      if (role === ParticipantRole.PARTY) {
        // Kept with the participants so that a tally never has to count them.
        await manager.query(
          `UPDATE accord SET parties_per_group = jsonb_set(parties_per_group, ARRAY[$2::text],
             to_jsonb(COALESCE((parties_per_group->>$2)::int, 0) + 1)) WHERE id = $1`,
          [accordId, organization.group],
        );
      }
      await write.append('participant.added', callerId, {
        organizationId,
        organizationName: organization.name,
        group: organization.group,
        role,
        verified: organization.verifiedAt !== null,
      });
      return participant;
    });
    return added;
  }
}
