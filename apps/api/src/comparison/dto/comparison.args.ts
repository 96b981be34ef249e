import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsString, MaxLength } from 'class-validator';

export const COMPARED_FRAMEWORKS_MAX = 8;

@ArgsType()
export class FrameworkComparisonArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => [ID], { description: `1 to ${COMPARED_FRAMEWORKS_MAX} frameworks, in column order` })
  @ArrayMinSize(1, { message: 'Choose at least one framework' })
  @ArrayMaxSize(COMPARED_FRAMEWORKS_MAX, {
    message: `At most ${COMPARED_FRAMEWORKS_MAX} frameworks can be compared at once`,
  })
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  frameworkIds!: string[];
}
