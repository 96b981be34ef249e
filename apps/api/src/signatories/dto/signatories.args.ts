import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ImplementationStatus } from '../../common/graphql/enums.js';

@ArgsType()
export class AccordIdArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
}

@ArgsType()
export class StartNewVersionArgs extends AccordIdArgs {
  @Field(() => String, { nullable: true, description: 'The final accord’s title when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;
}

@InputType()
export class ReservationInput {
  @Field(() => ID) @IsString() @MaxLength(64) clauseId!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(2000) text!: string;
}

@InputType()
export class SignAccordInput {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => ID, { description: 'The organization signing, which the caller represents' })
  @IsString()
  @MaxLength(64)
  organizationId!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  statement?: string | null;
  @Field(() => [ReservationInput], { nullable: true, description: 'One per article at most' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReservationInput)
  reservations?: ReservationInput[] | null;
}

@ArgsType()
export class WithdrawSignatureArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => ID) @IsString() @MaxLength(64) organizationId!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class ImplementationReportInput {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => ID) @IsString() @MaxLength(64) organizationId!: string;
  @Field(() => ID) @IsString() @MaxLength(64) clauseId!: string;
  @Field(() => ImplementationStatus) @IsEnum(ImplementationStatus) status!: ImplementationStatus;
  @Field() @IsString() @MinLength(1) @MaxLength(4000) text!: string;
}

@ArgsType()
export class SignAccordArgs {
  @Field(() => SignAccordInput)
  @ValidateNested()
  @Type(() => SignAccordInput)
  input!: SignAccordInput;
}

@ArgsType()
export class FileImplementationReportArgs {
  @Field(() => ImplementationReportInput)
  @ValidateNested()
  @Type(() => ImplementationReportInput)
  input!: ImplementationReportInput;
}
