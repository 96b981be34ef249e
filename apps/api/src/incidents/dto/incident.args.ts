import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotBlank } from '../../common/validation.js';
import {
  AssessmentVerdict,
  AttributionConfidence,
  IncidentResponseKind,
} from '../models/incident.models.js';

const PARTIAL_DATE = 'A partial date: 2010, 2014-11 or 2017-05-12';

@InputType()
export class IncidentActorInput {
  @Field() @IsString() @Length(1, 200) @NotBlank() name!: string;
  @Field(() => AttributionConfidence)
  @IsEnum(AttributionConfidence)
  attribution!: AttributionConfidence;
  @Field(() => String, { nullable: true, description: 'Who attributed it, on what evidence' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class IncidentResponseInput {
  @Field(() => IncidentResponseKind) @IsEnum(IncidentResponseKind) kind!: IncidentResponseKind;
  @Field({ description: 'Who responded' }) @IsString() @Length(1, 200) @NotBlank() by!: string;
  @Field(() => String, { nullable: true, description: PARTIAL_DATE })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  on?: string | null;
  @Field() @IsString() @Length(1, 2000) @NotBlank() description!: string;
  @Field(() => String, { nullable: true, description: 'A URL or a citation' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string | null;
}

@InputType()
export class IncidentFactsInput {
  @Field() @IsString() @Length(1, 200) @NotBlank() name!: string;
  @Field({ description: PARTIAL_DATE }) @IsString() @MaxLength(10) startedOn!: string;
  @Field(() => String, {
    nullable: true,
    description: `${PARTIAL_DATE}; null if unknown or ongoing`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  endedOn?: string | null;
  @Field() @IsString() @Length(1, 10000) @NotBlank() description!: string;
  @Field(() => [String], { description: 'URLs or citations' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  sources!: string[];
  @Field(() => [IncidentActorInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IncidentActorInput)
  actors!: IncidentActorInput[];
  @Field(() => [IncidentResponseInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IncidentResponseInput)
  responses!: IncidentResponseInput[];
}

@InputType()
export class RecordIncidentInput {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => ID, { description: 'The organization the caller records it for' })
  @IsUUID('all', { message: 'onBehalfOf must be an organization id' })
  onBehalfOf!: string;
  @Field(() => IncidentFactsInput)
  @ValidateNested()
  @Type(() => IncidentFactsInput)
  facts!: IncidentFactsInput;
}

@InputType()
export class ReviseIncidentInput {
  @Field(() => ID) @IsString() @MaxLength(64) incidentId!: string;
  @Field(() => Int, { description: 'The revision the edit was made on (Incident.revision)' })
  @IsInt()
  @Min(1)
  revision!: number;
  @Field(() => IncidentFactsInput)
  @ValidateNested()
  @Type(() => IncidentFactsInput)
  facts!: IncidentFactsInput;
}

@InputType()
export class AssessIncidentInput {
  @Field(() => ID) @IsString() @MaxLength(64) incidentId!: string;
  @Field(() => ID, { description: 'The organization whose assessment this is' })
  @IsUUID('all', { message: 'onBehalfOf must be an organization id' })
  onBehalfOf!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The clause assessed against (exactly one of clauseId and normId)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  clauseId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The norm of a framework assessed against (exactly one of clauseId and normId)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  normId?: string | null;
  @Field(() => AssessmentVerdict) @IsEnum(AssessmentVerdict) verdict!: AssessmentVerdict;
  @Field() @IsString() @Length(1, 5000) @NotBlank() reasoning!: string;
}

@ArgsType()
export class RecordIncidentArgs {
  @Field(() => RecordIncidentInput)
  @ValidateNested()
  @Type(() => RecordIncidentInput)
  input!: RecordIncidentInput;
}

@ArgsType()
export class ReviseIncidentArgs {
  @Field(() => ReviseIncidentInput)
  @ValidateNested()
  @Type(() => ReviseIncidentInput)
  input!: ReviseIncidentInput;
}

@ArgsType()
export class AssessIncidentArgs {
  @Field(() => AssessIncidentInput)
  @ValidateNested()
  @Type(() => AssessIncidentInput)
  input!: AssessIncidentInput;
}

@ArgsType()
export class IncidentArgs {
  @Field(() => ID) @IsString() @MaxLength(64) id!: string;
}

@ArgsType()
export class IncidentMatrixArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
}
