import { ArgsType, Field, ID } from '@nestjs/graphql';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
} from 'class-validator';
import { MembershipRole, StakeholderGroup } from '../../common/graphql/enums.js';
import { NotBlank } from '../../common/validation.js';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

@ArgsType()
export class RegisterArgs {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN, { message: `password must be at least ${PASSWORD_MIN} characters` })
  @MaxLength(PASSWORD_MAX)
  password!: string;
  @Field() @IsString() @Length(1, 120) @NotBlank() displayName!: string;
}

@ArgsType()
export class LoginArgs {
  @Field() @IsString() @MaxLength(254) email!: string;
  @Field() @IsString() @MaxLength(PASSWORD_MAX) password!: string;
}

@ArgsType()
export class CreateOrganizationArgs {
  @Field() @IsString() @Length(1, 200) @NotBlank() name!: string;
  @Field(() => StakeholderGroup) @IsEnum(StakeholderGroup) group!: StakeholderGroup;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 100) country?:
    string | null;
}

@ArgsType()
export class AddMemberArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId!: string;
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
  @Field(() => MembershipRole) @IsEnum(MembershipRole) role!: MembershipRole;
}
