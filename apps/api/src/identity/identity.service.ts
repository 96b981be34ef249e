import { likeLiteral } from '../common/text.js';
import { Injectable } from '@nestjs/common';
import { InvitationStatus, StakeholderGroup } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { InvitationEntity } from './invitation.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { UserEntity } from './user.entity.js';

/** What identity reads for its resolvers and use cases: users, organizations, memberships. */
@Injectable()
export class IdentityService {
  constructor(private readonly dataSource: DataSource) {}

  async requireUser(userId: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user)
      throw new DomainError(
        DomainErrorCode.INVALID_TOKEN,
        'This account no longer exists; sign in again',
      );
    return user;
  }

  async requireOrganization(organizationId: string): Promise<OrganizationEntity> {
    const organization = isUuid(organizationId)
      ? await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId })
      : null;
    if (!organization)
      throw new DomainError(DomainErrorCode.ORGANIZATION_NOT_FOUND, 'Organization not found');
    return organization;
  }

  async membership(userId: string, organizationId: string): Promise<MembershipEntity | null> {
    return this.dataSource.getRepository(MembershipEntity).findOneBy({ userId, organizationId });
  }

  /**
   * Verified organizations and the caller's own, by name, a page at a time: unverified ones are
   * nobody else's business (an operator sees them in his queue).
   */
  listOrganizations(
    callerId: string,
    filter: { search?: string | null; group?: StakeholderGroup | null },
    page: { first: number; offset: number },
  ): Promise<OrganizationEntity[]> {
    const query = this.dataSource
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .where(
        `(o.verified_at IS NOT NULL OR EXISTS (
           SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.user_id = :callerId))`,
        { callerId },
      );
    if (filter.search?.trim()) {
      query.andWhere(
        `(o.name ILIKE :pattern OR o.country ILIKE :pattern OR o.website ILIKE :pattern)`,
        {
          pattern: `%${likeLiteral(filter.search.trim())}%`,
        },
      );
    }
    if (filter.group) query.andWhere('o.stakeholder_group = :group', { group: filter.group });
    return query.orderBy('o.name').addOrderBy('o.id').skip(page.offset).take(page.first).getMany();
  }

  /** The operators' queue: organizations waiting to be verified, oldest first. */
  listUnverified(page: { first: number; offset: number }): Promise<OrganizationEntity[]> {
    return this.dataSource
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .where('o.verified_at IS NULL')
      .orderBy('o.created_at')
      .addOrderBy('o.id')
      .skip(page.offset)
      .take(page.first)
      .getMany();
  }

  membersOf(organizationId: string): Promise<MembershipEntity[]> {
    return this.dataSource
      .getRepository(MembershipEntity)
      .find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  pendingInvitationsOf(organizationId: string): Promise<InvitationEntity[]> {
    return this.dataSource.getRepository(InvitationEntity).find({
      where: { organizationId, status: InvitationStatus.PENDING },
      order: { createdAt: 'ASC' },
    });
  }

  /** Pending invitations addressed to the user's email. */
  invitationsFor(user: Pick<UserEntity, 'email'>): Promise<InvitationEntity[]> {
    return this.dataSource
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .where('lower(i.email) = lower(:email) AND i.status = :pending', {
        email: user.email,
        pending: InvitationStatus.PENDING,
      })
      .orderBy('i.created_at')
      .getMany();
  }
}
