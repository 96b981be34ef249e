import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NotBlank } from '../../common/validation.js';
import { SearchKind } from '../search-kind.js';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 50;

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'Words to find, in web-search syntax: "a quoted phrase", -excluded, one OR other (1 to 200 characters)',
  })
  @IsString()
  @Length(1, MAX_QUERY_LENGTH, { message: `query must be 1 to ${MAX_QUERY_LENGTH} characters` })
  @NotBlank()
  query!: string;

  @Field(() => ID, { nullable: true, description: 'Only in this accord (and its parties)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  accordId?: string | null;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds (default: all)' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(SearchKind, { each: true })
  kinds?: SearchKind[] | null;

  @Field(() => Int, { defaultValue: 20, description: `Hits per page, at most ${MAX_PAGE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the page before' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  after?: string | null;
}
