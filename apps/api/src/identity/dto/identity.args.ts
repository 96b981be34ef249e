import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
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

/** A domain ("aurelia.gov.example") or a web address ("https://www.aurelia.gov.example/"). */
export const WEBSITE =
  /^(https?:\/\/)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(:\d{1,5})?(\/\S*)?$/i;
const websiteMessage =
  'website must be a domain (example.org) or a web address (https://example.org/)';

@ArgsType()
export class CreateOrganizationArgs {
  @Field() @IsString() @Length(1, 200) @NotBlank() name!: string;
  @Field(() => StakeholderGroup) @IsEnum(StakeholderGroup) group!: StakeholderGroup;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 100) country?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Its domain or web address, which an operator checks before verifying it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(253)
  @Matches(WEBSITE, { message: websiteMessage })
  website?: string | null;
}

@ArgsType()
export class InviteMemberArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId!: string;
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
  @Field(() => MembershipRole) @IsEnum(MembershipRole) role!: MembershipRole;
}

@ArgsType()
export class InvitationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'invitationId must be an invitation id' })
  invitationId!: string;
}

@ArgsType()
export class EndMembershipArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId!: string;
  @Field(() => ID, { description: 'The member whose membership ends (yourself to leave)' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 50;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(100_000) offset = 0;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, country or website' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
  @Field(() => StakeholderGroup, { nullable: true })
  @IsOptional()
  @IsEnum(StakeholderGroup)
  group?: StakeholderGroup | null;
}

@InputType()
export class VerifyOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId!: string;
  @Field({ description: 'Its name as checked (may correct the one given)' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name!: string;
  @Field(() => StakeholderGroup) @IsEnum(StakeholderGroup) group!: StakeholderGroup;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 100) country?:
    string | null;
  @Field({ description: 'The domain or web address through which it was checked' })
  @IsString()
  @MaxLength(253)
  @Matches(WEBSITE, { message: websiteMessage })
  website!: string;
}

@ArgsType()
export class VerifyOrganizationArgs {
  @Field(() => VerifyOrganizationInput)
  @ValidateNested()
  @Type(() => VerifyOrganizationInput)
  input!: VerifyOrganizationInput;
}

@ArgsType()
export class RevokeVerificationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId!: string;
  @Field({ description: 'Why, in words the accords it takes part in will log' })
  @IsString()
  @Length(1, 1000)
  @NotBlank()
  reason!: string;
}

@ArgsType()
export class GrantOperatorArgs {
  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID) @IsUUID('all', { message: 'userId must be a user id' }) userId!: string;
}
