import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InvitationStatus, MembershipRole, StakeholderGroup } from '../../common/graphql/enums.js';

@ObjectType('Organization', { description: 'A stakeholder: a state, a company, an NGO …' })
export class OrganizationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true, description: 'Its domain or web address' })
  website!: string | null;
  @Field({
    description:
      'Checked by a platform operator (name, group, country, website); only verified organizations may be parties',
  })
  verified!: boolean;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field({
    description:
      'A short code that tells organizations of the same name apart ("#3F9A2C"), from its id',
  })
  handle!: string;
}

/**
 * Who a user is shown to. Emails and memberships are personal data: a user reached through an
 * accord shows only his memberships in that accord's participants; through an organization,
 * only that one; as the caller, all of them; elsewhere, none.
 */
export type UserScope =
  | { kind: 'self' }
  | { kind: 'none' }
  | { kind: 'accord'; accordId: string }
  | { kind: 'organization'; organizationId: string };

@ObjectType('User')
export class UserModel {
  scope!: UserScope;
  @Field(() => ID) id!: string;
  /** Resolved per caller: see IdentityResolver.email. */
  email!: string | null;
  @Field() displayName!: string;
}

@ObjectType('Membership', { description: 'A user acting for an organization' })
export class MembershipModel {
  organizationId!: string;
  userId!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field({ description: 'When the user accepted (or founded) it' }) since!: Date;
}

@ObjectType('Invitation', {
  description:
    'An offer to act for an organization, made to an email address; nobody joins until the holder of that address accepts',
})
export class InvitationModel {
  organizationId!: string;
  invitedById!: string;
  @Field(() => ID) id!: string;
  @Field({ description: 'The address invited, as the representative typed it' }) email!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() token!: string;
  @Field(() => UserModel) user!: UserModel;
}
