import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DecisionRuleKind, ParticipantRole, StakeholderGroup } from '../../common/graphql/enums.js';
import { NotBlank } from '../../common/validation.js';

@InputType()
export class GroupWeightInput {
  @Field(() => StakeholderGroup) @IsEnum(StakeholderGroup) group!: StakeholderGroup;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) weight!: number;
}

@InputType()
export class DecisionRuleInput {
  @Field(() => DecisionRuleKind) @IsEnum(DecisionRuleKind) kind!: DecisionRuleKind;
  @Field(() => Float, { nullable: true, description: 'Share of votes cast needed, e.g. 0.6667' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  threshold?: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of parties (per chamber for CHAMBERED) that must vote',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  quorum?: number | null;
  @Field(() => [GroupWeightInput], { nullable: true, description: 'WEIGHTED only' })
  @IsOptional()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => GroupWeightInput)
  weights?: GroupWeightInput[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() secretBallot?:
    boolean | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Organizations (sponsor and accepted co-sponsors) an amendment needs before a vote',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  minSponsors?: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Stakeholder groups its sponsor and accepted co-sponsors must span before a vote',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  minSponsorGroups?: number | null;
}

@ArgsType()
export class CreateAccordArgs {
  @Field() @IsString() @Length(1, 200) @NotBlank() title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) preamble?:
    string | null;
  @Field(() => DecisionRuleInput)
  @ValidateNested()
  @Type(() => DecisionRuleInput)
  rule!: DecisionRuleInput;
}

@ArgsType()
export class SetDecisionRuleArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => DecisionRuleInput)
  @ValidateNested()
  @Type(() => DecisionRuleInput)
  rule!: DecisionRuleInput;
}

@ArgsType()
export class AddParticipantArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId!: string;
  @Field(() => ParticipantRole) @IsEnum(ParticipantRole) role!: ParticipantRole;
}

@ArgsType()
export class SetProposalWindowArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'Proposals are refused before it (null: no limit)',
  })
  @IsOptional()
  @IsDate()
  opensAt?: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Proposals are refused from then on (null: no limit)',
  })
  @IsOptional()
  @IsDate()
  closesAt?: Date | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Closes proposals at the server's present time, whatever the caller's clock says (closesAt left out)",
  })
  @IsOptional()
  @IsBoolean()
  closeNow?: boolean | null;
}
