import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

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
