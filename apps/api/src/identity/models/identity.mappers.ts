import type { MembershipEntity } from '../membership.entity.js';
import type { OrganizationEntity } from '../organization.entity.js';
import type { UserEntity } from '../user.entity.js';
import { MembershipModel, OrganizationModel, UserModel } from './identity.models.js';

export const toUserModel = (user: UserEntity): UserModel =>
  Object.assign(new UserModel(), { id: user.id, email: user.email, displayName: user.displayName });

export const toOrganizationModel = (org: OrganizationEntity): OrganizationModel =>
  Object.assign(new OrganizationModel(), {
    id: org.id,
    name: org.name,
    group: org.group,
    country: org.country,
  });

export const toMembershipModel = (membership: MembershipEntity): MembershipModel =>
  Object.assign(new MembershipModel(), {
    organizationId: membership.organizationId,
    userId: membership.userId,
    role: membership.role,
  });
