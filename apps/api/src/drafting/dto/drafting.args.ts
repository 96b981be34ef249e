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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AmendmentKind, AmendmentStatus, NormativeForce } from '../../common/graphql/enums.js';
import { NotBlank } from '../../common/validation.js';

export const CLAUSE_TEXT_MAX = 20000;
export const HEADING_MAX = 300;

@InputType()
export class ProposeAmendmentInput {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => ID, { description: 'The organization the author acts for' })
  @IsUUID('all', { message: 'onBehalfOf must be an organization id' })
  onBehalfOf!: string;
  @Field(() => AmendmentKind) @IsEnum(AmendmentKind) kind!: AmendmentKind;
  @Field(() => ID, { nullable: true, description: 'MODIFY/REMOVE/MOVE' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  clauseId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'MODIFY: the clause version the text was written against',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  baseVersion?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(HEADING_MAX)
  heading?: string | null;
  @Field(() => String, { nullable: true, description: 'ADD/MODIFY' })
  @IsOptional()
  @IsString()
  @Length(1, CLAUSE_TEXT_MAX)
  @NotBlank()
  text?: string | null;
  @Field(() => NormativeForce, { nullable: true, description: 'ADD/MODIFY' })
  @IsOptional()
  @IsEnum(NormativeForce)
  force?: NormativeForce | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Citations, e.g. "UN GGE 2015 norm 13(f)"',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  sources?: string[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Norms of frameworks cited (see `frameworks`), beside the free-text sources',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  normIds?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'ADD/MOVE: 1-based place in the accord' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number | null;
  @Field() @IsString() @Length(1, 5000) @NotBlank() rationale!: string;
}

@ArgsType()
export class ProposeAmendmentArgs {
  @Field(() => ProposeAmendmentInput)
  @ValidateNested()
  @Type(() => ProposeAmendmentInput)
  input!: ProposeAmendmentInput;
}

@ArgsType()
export class AmendmentIdArgs {
  @Field(() => ID) @IsString() @MaxLength(64) amendmentId!: string;
}

@ArgsType()
export class RebaseAmendmentArgs extends AmendmentIdArgs {
  @Field() @IsString() @Length(1, CLAUSE_TEXT_MAX) @NotBlank() text!: string;
}

@ArgsType()
export class AccordAmendmentsArgs {
  @Field(() => AmendmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AmendmentStatus)
  status?: AmendmentStatus | null;
}

@ArgsType()
export class RenumberClausesArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
}

@ArgsType()
export class NewArticleAtArgs {
  @Field(() => Int, { nullable: true, description: '1-based place; the end when absent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  position?: number | null;
}

@ArgsType()
export class LinkSourceArgs {
  @Field(() => ID) @IsString() @MaxLength(64) clauseId!: string;
  @Field({
    description: "A free-text source of the clause's current version, exactly as it stands",
  })
  @IsString()
  @Length(1, 300)
  source!: string;
  @Field(() => ID, { nullable: true, description: 'The norm it refers to; null removes the link' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  normId?: string | null;
}
