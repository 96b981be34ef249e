import { Injectable } from '@nestjs/common';
import { InvitationStatus, MembershipRole, StakeholderGroup } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { TokenService } from '../common/auth/token.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { InvitationEntity } from './invitation.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { sqlStateOf } from '../common/database/sql-state.js';
import { OrganizationEntity } from './organization.entity.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './password-hasher.js';
import { UserEntity } from './user.entity.js';
import { RegistrationThrottle } from '../rate-limits/registration-throttle.js';
import { SignInThrottle } from '../rate-limits/sign-in-throttle.js';

const isUniqueViolation = (error: unknown): boolean => sqlStateOf(error) === '23505';

@Injectable()
export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly signIns: SignInThrottle,
    private readonly registrations: RegistrationThrottle,
  ) {}

  async register(email: string, password: string, displayName: string, clientAddress: string) {
    await this.registrations.admit(clientAddress);
    const passwordHash = await hashPassword(password);
    const users = this.dataSource.getRepository(UserEntity);
    try {
      const user = await users.save(
        users.create({ email: email.trim(), displayName: displayName.trim(), passwordHash }),
      );
      return { token: this.tokens.issue(user.id), user };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(
          DomainErrorCode.EMAIL_TAKEN,
          'An account with this email already exists',
        );
      }
      throw error;
    }
  }

  async login(email: string, password: string, clientAddress: string) {
    // Counted alike for unknown and known emails (see SignInThrottle).
    await this.signIns.admit(email, clientAddress);
    const user = await this.findUserByEmail(email);
    // Same work and same answer whether the email is unknown or the password wrong.
    const ok = await verifyPassword(user?.passwordHash ?? DECOY_HASH, password);
    if (!user || !ok) {
      await this.signIns.failed(clientAddress);
      throw new DomainError(DomainErrorCode.INVALID_CREDENTIALS, 'invalid email or password');
    }
    await this.signIns.succeeded(email);
    return { token: this.tokens.issue(user.id), user };
  }

  findUserByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  async requireUser(userId: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user)
      throw new DomainError(
        DomainErrorCode.INVALID_TOKEN,
        'This account no longer exists; sign in again',
      );
    return user;
  }

  async createOrganization(
    creatorId: string,
    details: {
      name: string;
      group: StakeholderGroup;
      country?: string | null;
      website?: string | null;
    },
  ) {
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.save(
        manager.create(OrganizationEntity, {
          name: details.name.trim(),
          group: details.group,
          country: details.country?.trim() || null,
          website: details.website?.trim() || null,
          createdBy: creatorId,
          verifiedAt: null,
          verifiedBy: null,
        }),
      );
      await manager.insert(MembershipEntity, {
        organizationId: organization.id,
        userId: creatorId,
        role: MembershipRole.REPRESENTATIVE,
      });
      return organization;
    });
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

  async requireRepresentative(userId: string, organizationId: string): Promise<void> {
    const membership = await this.membership(userId, organizationId);
    if (membership?.role !== MembershipRole.REPRESENTATIVE) {
      throw new DomainError(
        DomainErrorCode.NOT_A_REPRESENTATIVE,
        'Only a representative of this organization can do this',
      );
    }
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
          pattern: `%${escapeLike(filter.search.trim())}%`,
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

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
