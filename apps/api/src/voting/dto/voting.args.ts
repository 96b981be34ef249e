import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { BallotChoice } from '../../common/graphql/enums.js';

@ArgsType()
export class OpenVotingArgs {
  @Field(() => ID) @IsString() @MaxLength(64) amendmentId!: string;
  @Field(() => Date, { nullable: true, description: 'Closed automatically then' })
  @IsOptional()
  @IsDate()
  closesAt?: Date | null;
}

@ArgsType()
export class CastBallotArgs {
  @Field(() => ID) @IsString() @MaxLength(64) amendmentId!: string;
  @Field(() => ID) @IsString() @MaxLength(64) organizationId!: string;
  @Field(() => BallotChoice) @IsEnum(BallotChoice) choice!: BallotChoice;
  @Field(() => String, { nullable: true, description: 'Explanation of vote' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  explanation?: string | null;
}
