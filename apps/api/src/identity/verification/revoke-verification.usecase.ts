import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { EventLogService } from '../../accord-log/event-log.service.js';
import { OperatorsService } from '../operators.service.js';
import { OrganizationEntity } from '../organization.entity.js';
import { writeToOrganization } from '../organization-write.js';

export interface RevokeVerificationCommand {
  callerId: string;
  organizationId: string;
  reason: string;
}

/**
 * An operator withdraws a verification (an impostor found out, an organization that ceased).
 * It stays a participant where it is, but can no longer act as a party (propose, vote) until
 * verified again; the accords it takes part in log the revocation and its reason.
 */
@Injectable()
export class RevokeVerificationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly operators: OperatorsService,
    private readonly events: EventLogService,
  ) {}

  async execute(command: RevokeVerificationCommand): Promise<OrganizationEntity> {
    await this.operators.requireOperator(command.callerId);
    const reason = command.reason.trim();
    return writeToOrganization(this.dataSource, this.events, command.organizationId, async (w) => {
      if (!w.organization.verifiedAt) {
        throw new DomainError(
          DomainErrorCode.ORGANIZATION_NOT_VERIFIED,
          'This organization is not verified',
        );
      }
      await w.manager.update(
        OrganizationEntity,
        { id: w.organization.id },
        { verifiedAt: null, verifiedBy: null },
      );
      await w.manager.query(
        `INSERT INTO organization_verification (organization_id, action, operator_id, details)
         VALUES ($1, 'REVOKED', $2, $3)`,
        [w.organization.id, command.callerId, JSON.stringify({ reason })],
      );
      await w.recordInAccords('organization.verificationRevoked', command.callerId, {
        organizationId: w.organization.id,
        name: w.organization.name,
        reason,
      });
      return { ...w.organization, verifiedAt: null, verifiedBy: null };
    });
  }
}
