import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';
import { NotBlank } from '../../common/validation.js';

@ArgsType()
export class MarkMilestoneArgs {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field({ description: 'What the text is at this point, e.g. "Draft after first reading"' })
  @IsString()
  @Length(1, 120)
  @NotBlank()
  name!: string;
}
