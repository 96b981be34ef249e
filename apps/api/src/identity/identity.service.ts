import { Injectable } from '@nestjs/common';
import { MembershipRole, StakeholderGroup } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { TokenService } from '../common/auth/token.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { MembershipEntity } from './membership.entity.js';
import { sqlStateOf } from '../common/database/sql-state.js';
import { OrganizationEntity } from './organization.entity.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './password-hasher.js';
import { UserEntity } from './user.entity.js';

const isUniqueViolation = (error: unknown): boolean => sqlStateOf(error) === '23505';

@Injectable()
export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async register(email: string, password: string, displayName: string) {
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

  async login(email: string, password: string) {
    const user = await this.findUserByEmail(email);
    // Same work and same answer whether the email is unknown or the password wrong.
    const ok = await verifyPassword(user?.passwordHash ?? DECOY_HASH, password);
    if (!user || !ok)
      throw new DomainError(DomainErrorCode.INVALID_CREDENTIALS, 'invalid email or password');
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
    name: string,
    group: StakeholderGroup,
    country?: string | null,
  ) {
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.save(
        manager.create(OrganizationEntity, {
          name: name.trim(),
          group,
          country: country?.trim() || null,
          createdBy: creatorId,
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

  async addMember(callerId: string, organizationId: string, email: string, role: MembershipRole) {
    const organization = await this.requireOrganization(organizationId);
    await this.requireRepresentative(callerId, organization.id);
    const user = await this.findUserByEmail(email);
    if (!user)
      throw new DomainError(
        DomainErrorCode.USER_NOT_FOUND,
        'No account has this email; ask them to register first',
      );
    try {
      await this.dataSource
        .getRepository(MembershipEntity)
        .insert({ organizationId, userId: user.id, role });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(
          DomainErrorCode.ALREADY_MEMBER,
          'This person is already a member of the organization',
        );
      }
      throw error;
    }
    return { organizationId, userId: user.id, role } as MembershipEntity;
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

  listOrganizations(): Promise<OrganizationEntity[]> {
    return this.dataSource
      .getRepository(OrganizationEntity)
      .find({ order: { name: 'ASC' }, take: 1000 });
  }
}
