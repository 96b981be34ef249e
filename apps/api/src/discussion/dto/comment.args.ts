import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotBlank } from '../../common/validation.js';

export const COMMENT_BODY_MAX = 10000;
// PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
// eslint-disable-next-line no-control-regex -- NUL is exactly what is refused
const NO_NUL = /^[^\u0000]*$/;
const NUL_MESSAGE = { message: 'body must not contain NUL characters' };

@InputType()
export class PostCommentInput {
  @Field(() => ID) @IsString() @MaxLength(64) accordId!: string;
  @Field(() => ID, { nullable: true, description: 'Exactly one of amendmentId / clauseId' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  amendmentId?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  clauseId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: "The clause version commented on: the parent's for a reply, else the current one",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  clauseVersion?: number | null;
  @Field(() => ID, { nullable: true, description: 'Reply in the thread of this comment' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parentId?: string | null;
  @Field({ description: 'Plain text (clients render markdown safely, never raw HTML)' })
  @IsString()
  @Length(1, COMMENT_BODY_MAX)
  @NotBlank()
  @Matches(NO_NUL, NUL_MESSAGE)
  body!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Quoted range of the commented text, in UTF-16 code units: start (inclusive)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  quoteStart?: number | null;
  @Field(() => Int, { nullable: true, description: 'End of the quoted range (exclusive)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quoteEnd?: number | null;
}

@ArgsType()
export class PostCommentArgs {
  @Field(() => PostCommentInput)
  @ValidateNested()
  @Type(() => PostCommentInput)
  input!: PostCommentInput;
}

@ArgsType()
export class CommentIdArgs {
  @Field(() => ID) @IsString() @MaxLength(64) commentId!: string;
}

@ArgsType()
export class EditCommentArgs extends CommentIdArgs {
  @Field()
  @IsString()
  @Length(1, COMMENT_BODY_MAX)
  @NotBlank()
  @Matches(NO_NUL, NUL_MESSAGE)
  body!: string;
}

@ArgsType()
export class ClauseCommentsArgs {
  @Field(() => Int, { nullable: true, description: 'Only comments on this version' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
