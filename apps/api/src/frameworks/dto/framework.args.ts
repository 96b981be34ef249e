import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { FrameworkFileFormat } from '../../common/graphql/enums.js';
import { FRAMEWORK_FILE_MAX } from '../framework-file.js';

@ArgsType()
export class ImportFrameworkArgs {
  @Field({ description: `The file's content (at most ${FRAMEWORK_FILE_MAX} characters)` })
  @IsString()
  @MaxLength(FRAMEWORK_FILE_MAX, {
    message: `The file is too large: at most ${FRAMEWORK_FILE_MAX} characters`,
  })
  content!: string;

  @Field(() => FrameworkFileFormat) @IsEnum(FrameworkFileFormat) format!: FrameworkFileFormat;

  @Field(() => ID, {
    nullable: true,
    description:
      'Replace this framework (norms matched by key keep their ids; a cited norm cannot be dropped)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  frameworkId?: string | null;
}
