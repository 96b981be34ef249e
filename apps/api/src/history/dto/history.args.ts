import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ExportFormat } from '../../common/graphql/enums.js';

@ArgsType()
export class AccordEventsArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => Int, { nullable: true, description: 'Only events after this seq' })
  @IsOptional()
  @IsInt()
  @Min(0)
  afterSeq?: number | null;
  @Field(() => Int, { nullable: true, description: 'At most this many (default 100, max 1000)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  first?: number | null;
}

@ArgsType()
export class ClauseDiffArgs {
  @Field(() => ID) @IsString() @MaxLength(64) clauseId!: string;
  @Field(() => Int) @IsInt() @Min(1) fromVersion!: number;
  @Field(() => Int) @IsInt() @Min(1) toVersion!: number;
}

@ArgsType()
export class AccordAtArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => Date, { nullable: true, description: 'The text as it stood at this moment' })
  @IsOptional()
  @IsDate()
  at?: Date | null;
  @Field(() => Int, { nullable: true, description: 'The text as it stood after this event' })
  @IsOptional()
  @IsInt()
  @Min(0)
  seq?: number | null;
}

@ArgsType()
export class CheckReceiptArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => Int, { description: 'The seq of the receipt' }) @IsInt() @Min(1) seq!: number;
  @Field({ description: 'The hash of the receipt (sha256 hex)' })
  @IsString()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'hash must be 64 hexadecimal digits' })
  hash!: string;
}

@InputType({ description: 'A moment of the accord: exactly one of `seq`, `at` or `milestoneId`' })
export class AccordMomentInput {
  @Field(() => Int, { nullable: true, description: 'After this event (0: before the first)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  seq?: number | null;
  @Field(() => Date, { nullable: true, description: 'As it stood at this time' })
  @IsOptional()
  @IsDate()
  at?: Date | null;
  @Field(() => ID, { nullable: true, description: 'At this milestone of the accord' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  milestoneId?: string | null;
}

@ArgsType()
export class AccordDiffArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => AccordMomentInput)
  @ValidateNested()
  @Type(() => AccordMomentInput)
  from!: AccordMomentInput;
  @Field(() => AccordMomentInput, {
    description: 'The later moment (either order works: the redline then runs backwards)',
  })
  @ValidateNested()
  @Type(() => AccordMomentInput)
  to!: AccordMomentInput;
}

@ArgsType()
export class ExportAccordArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => ExportFormat) @IsEnum(ExportFormat) format!: ExportFormat;
  @Field(() => AccordMomentInput, {
    nullable: true,
    description:
      'MARKDOWN and AKOMA_NTOSO: also mark what changed since this moment (a redline, with the amendments that made it)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccordMomentInput)
  since?: AccordMomentInput | null;
}
