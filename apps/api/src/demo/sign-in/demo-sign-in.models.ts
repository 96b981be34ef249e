import { ArgsType, Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';
import { StakeholderGroup } from '../../common/graphql/enums.js';
import type { DemoRole } from './demo-delegates.js';

const DEMO_ROLES = {
  PARTY: 'PARTY',
  OBSERVER: 'OBSERVER',
  FACILITATOR: 'FACILITATOR',
  OPERATOR: 'OPERATOR',
} as const satisfies Record<DemoRole, DemoRole>;
registerEnumType(DEMO_ROLES, {
  name: 'DemoRole',
  description: 'What a demo person does: party or observer delegate, facilitator, operator',
});

@ObjectType('DemoDelegate', { description: 'Someone of the demo one may sign in as in one click' })
export class DemoDelegateModel {
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) organization!: string | null;
  @Field(() => StakeholderGroup, { nullable: true }) group!: StakeholderGroup | null;
  @Field(() => DEMO_ROLES) role!: DemoRole;
}

@ArgsType()
export class SignInAsDemoDelegateArgs {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
}
