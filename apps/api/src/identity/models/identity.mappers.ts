import type { InvitationEntity } from '../invitation.entity.js';
import type { MembershipEntity } from '../membership.entity.js';
import type { OrganizationEntity } from '../organization.entity.js';
import type { UserCard } from '../user.entity.js';
import {
  InvitationModel,
  MembershipModel,
  OrganizationModel,
  type UserScope,
  UserModel,
} from './identity.models.js';

/** The email is resolved per caller (see UserResolver.email); the scope says what else shows. */
export const toUserModel = (user: UserCard, scope: UserScope): UserModel =>
  Object.assign(new UserModel(), {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    scope,
  });

/** "#3F9A2C": six hex digits of the id, enough to tell apart organizations of one name. */
export const organizationHandle = (id: string): string =>
  `#${id.replace(/-/g, '').slice(0, 6).toUpperCase()}`;

export const toOrganizationModel = (org: OrganizationEntity): OrganizationModel =>
  Object.assign(new OrganizationModel(), {
    id: org.id,
    name: org.name,
    group: org.group,
    country: org.country,
    website: org.website,
    verified: org.verifiedAt !== null,
    verifiedAt: org.verifiedAt,
    handle: organizationHandle(org.id),
  });

export const toMembershipModel = (membership: MembershipEntity): MembershipModel =>
  Object.assign(new MembershipModel(), {
    organizationId: membership.organizationId,
    userId: membership.userId,
    role: membership.role,
    since: membership.createdAt,
  });

export const toInvitationModel = (invitation: InvitationEntity): InvitationModel =>
  Object.assign(new InvitationModel(), {
    id: invitation.id,
    organizationId: invitation.organizationId,
    invitedById: invitation.invitedBy,
    email: invitation.email,
    role: invitation.role,
    status: invitation.status,
    createdAt: invitation.createdAt,
    decidedAt: invitation.decidedAt,
  });
