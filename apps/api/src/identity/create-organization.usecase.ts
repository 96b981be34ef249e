import { Injectable } from '@nestjs/common';
import { MembershipRole, type StakeholderGroup } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { MembershipEntity } from './membership.entity.js';
import { OrganizationEntity } from './organization.entity.js';

export interface CreateOrganizationCommand {
  callerId: string;
  name: string;
  group: StakeholderGroup;
  country?: string | null;
  website?: string | null;
}

/**
 * Someone founds an organization and becomes its representative. It is unverified until an
 * operator checks who it is, and may only observe until then.
 */
@Injectable()
export class CreateOrganizationUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: CreateOrganizationCommand): Promise<OrganizationEntity> {
    const created = await this.dataSource.transaction(async (manager) => {
      const organization = await manager.save(
        manager.create(OrganizationEntity, {
          name: command.name.trim(),
          group: command.group,
          country: command.country?.trim() || null,
          website: command.website?.trim() || null,
          createdBy: command.callerId,
          verifiedAt: null,
          verifiedBy: null,
        }),
      );
      await manager.insert(MembershipEntity, {
        organizationId: organization.id,
        userId: command.callerId,
        role: MembershipRole.REPRESENTATIVE,
      });
      return organization;
    });
    return created;
  }
}
