import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
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
export class ExportAccordArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => ExportFormat) @IsEnum(ExportFormat) format!: ExportFormat;
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
