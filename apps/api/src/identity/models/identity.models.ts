import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipRole, StakeholderGroup } from '../../common/graphql/enums.js';

@ObjectType('Organization', { description: 'A stakeholder: a state, a company, an NGO …' })
export class OrganizationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => StakeholderGroup) group!: StakeholderGroup;
  @Field(() => String, { nullable: true }) country!: string | null;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
}

@ObjectType('Membership', { description: 'A user acting for an organization' })
export class MembershipModel {
  organizationId!: string;
  userId!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() token!: string;
  @Field(() => UserModel) user!: UserModel;
}
