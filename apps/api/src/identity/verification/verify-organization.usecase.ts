import { Injectable } from '@nestjs/common';
import type { StakeholderGroup } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { sqlStateOf } from '../../common/database/sql-state.js';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { EventLogService } from '../../accord-log/event-log.service.js';
import { organizationHandle } from '../models/identity.mappers.js';
import { OperatorsService } from '../operators.service.js';
import { OrganizationEntity } from '../organization.entity.js';
import { writeToOrganization } from '../organization-write.js';

export interface VerifyOrganizationCommand {
  callerId: string;
  organizationId: string;
  /** The details the operator checked, corrected where needed. */
  name: string;
  group: StakeholderGroup;
  country: string | null;
  website: string;
}

/**
 * An operator confirms who an organization is. From then on it may be a PARTY, and no other
 * verified organization of its stakeholder group may bear its name (a unique index). Doing it
 * again corrects the details. The accords it takes part in log the verification.
 */
@Injectable()
export class VerifyOrganizationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly operators: OperatorsService,
    private readonly events: EventLogService,
  ) {}

  async execute(command: VerifyOrganizationCommand): Promise<OrganizationEntity> {
    await this.operators.requireOperator(command.callerId);
    const details = {
      name: command.name.trim(),
      group: command.group,
      country: command.country?.trim() || null,
      website: command.website.trim(),
    };
    return writeToOrganization(this.dataSource, this.events, command.organizationId, async (w) => {
      const db = w.manager;
      const organization = w.organization;
      if (details.group !== organization.group) {
        const [taking] = await db.query<unknown[]>(
          `SELECT 1 FROM participant WHERE organization_id = $1 LIMIT 1`,
          [organization.id],
        );
        // Tallies count each accord's parties per group: the group is fixed once it takes part.
        if (taking) {
          throw new DomainError(
            DomainErrorCode.GROUP_LOCKED,
            'This organization already takes part in an accord; its stakeholder group cannot change',
          );
        }
      }
      const verifiedAt = new Date();
      try {
        await db.update(
          OrganizationEntity,
          { id: organization.id },
          { ...details, verifiedAt, verifiedBy: command.callerId },
        );
      } catch (error) {
        if (sqlStateOf(error) === '23505') throw await this.nameTaken(details);
        throw error;
      }
      await db.query(
        `INSERT INTO organization_verification (organization_id, action, operator_id, details)
         VALUES ($1, 'VERIFIED', $2, $3)`,
        [organization.id, command.callerId, JSON.stringify(details)],
      );
      await w.recordInAccords('organization.verified', command.callerId, {
        organizationId: organization.id,
        ...details,
        previousName: organization.name === details.name ? undefined : organization.name,
      });
      return { ...organization, ...details, verifiedAt, verifiedBy: command.callerId };
    });
  }

  /** Names the verified namesake, so the operator sees whom this one would be confused with. */
  private async nameTaken(details: { name: string; group: StakeholderGroup }) {
    const [other] = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM organization
       WHERE stakeholder_group = $1 AND lower(name) = lower($2) AND verified_at IS NOT NULL`,
      [details.group, details.name],
    );
    return new DomainError(
      DomainErrorCode.ORGANIZATION_NAME_TAKEN,
      `A verified organization of this stakeholder group is already named "${details.name}"` +
        (other ? ` (${organizationHandle(other.id)})` : ''),
    );
  }
}
