import type { GraphQLResolveInfo } from 'graphql';
import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { SchemaArgs, validArgs } from '../common/graphql/field-args.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { AmendmentModel, ClauseModel } from '../drafting/models/drafting.models.js';
import { COMMENT_COLUMNS } from './comment-columns.js';
import { CommentLoaderSource } from './comment.loaders.js';
import { ClauseCommentsArgs } from './dto/comment.args.js';
import { toCommentModel } from './models/comment.mappers.js';
import { CommentModel } from './models/comment.models.js';

// The drafting types reach these fields only for callers who may see them.

const COUNT_SEQ =
  "The accord's log position (seq) that commentCount includes, read with it: a live page adds " +
  'only comment events after it (a count read while a comment is posted may already hold it)';

const BY_VERSION = COMMENT_COLUMNS.forFields(['clauseVersion']);

@Resolver(() => AmendmentModel)
export class AmendmentCommentsResolver {
  constructor(private readonly commentLoaders: CommentLoaderSource) {}

  @ResolveField(() => [CommentModel], { description: 'Its threads, oldest first' })
  async comments(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<CommentModel[]> {
    const threads = await this.commentLoaders.of(ctx).threadsOfAmendment(amendment.id);
    return threads.map(toCommentModel);
  }

  @ResolveField(() => Int, { description: 'Comments not deleted, replies included' })
  async commentCount(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<number> {
    return (await this.commentLoaders.of(ctx).countOnAmendment(amendment.id)).count;
  }

  @ResolveField(() => Int, { description: COUNT_SEQ })
  async commentCountSeq(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<number> {
    return (await this.commentLoaders.of(ctx).countOnAmendment(amendment.id)).asOf;
  }
}

@Resolver(() => ClauseModel)
export class ClauseCommentsResolver {
  constructor(private readonly commentLoaders: CommentLoaderSource) {}

  @ResolveField(() => [CommentModel], {
    description: 'Its threads on every version (or on `version`), oldest first',
  })
  async comments(
    clause: ClauseModel,
    @SchemaArgs() args: ClauseCommentsArgs,
    ctx: GraphqlContext,
    info: GraphQLResolveInfo,
  ): Promise<CommentModel[]> {
    const { version } = await validArgs(ClauseCommentsArgs, args);
    const asked = COMMENT_COLUMNS.forSelection(info);
    // The threads of one version are told apart by the version each comment was written on.
    const columns = version == null ? asked : COMMENT_COLUMNS.union(asked, BY_VERSION);
    const threads = await this.commentLoaders.of(ctx).threadsOfClause(clause.id, columns);
    return threads
      .filter((c) => version == null || c.clauseVersion === version)
      .map(toCommentModel);
  }

  @ResolveField(() => Int, { description: 'Comments not deleted on any version, replies included' })
  async commentCount(clause: ClauseModel, _args: NoArgs, ctx: GraphqlContext): Promise<number> {
    return (await this.commentLoaders.of(ctx).countOnClause(clause.id)).count;
  }

  @ResolveField(() => Int, { description: COUNT_SEQ })
  async commentCountSeq(clause: ClauseModel, _args: NoArgs, ctx: GraphqlContext): Promise<number> {
    return (await this.commentLoaders.of(ctx).countOnClause(clause.id)).asOf;
  }
}
