import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { ReferenceLoaderSource } from '../drafting/cross-references.js';
import { toClauseReferenceModels } from '../drafting/models/drafting.mappers.js';
import { ClauseReferenceModel } from '../drafting/models/drafting.models.js';
import { toUserModel } from '../identity/models/identity.mappers.js';
import { UserModel } from '../identity/models/identity.models.js';
import { CommentLoaderSource } from './comment.loaders.js';
import { DeleteCommentUseCase } from './delete-comment.usecase.js';
import { EditCommentUseCase } from './edit-comment.usecase.js';
import { PostCommentUseCase } from './post-comment.usecase.js';
import { CommentIdArgs, EditCommentArgs, PostCommentArgs } from './dto/comment.args.js';
import { toCommentModel } from './models/comment.mappers.js';
import { CommentModel } from './models/comment.models.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(
    private readonly postCommentUseCase: PostCommentUseCase,
    private readonly editCommentUseCase: EditCommentUseCase,
    private readonly deleteCommentUseCase: DeleteCommentUseCase,
    private readonly referenceLoaders: ReferenceLoaderSource,
    private readonly commentLoaders: CommentLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
  ) {}

  @Mutation(() => CommentModel, {
    description: 'Any member of a participant organization (observers too) or the facilitator',
  })
  async postComment(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { input }: PostCommentArgs,
  ): Promise<CommentModel> {
    return toCommentModel(
      await this.postCommentUseCase.execute({ callerId: caller.userId, input }),
    );
  }

  @Mutation(() => CommentModel, { description: 'Its author only; earlier texts are kept' })
  async editComment(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { commentId, body }: EditCommentArgs,
  ): Promise<CommentModel> {
    return toCommentModel(
      await this.editCommentUseCase.execute({ callerId: caller.userId, commentId, body }),
    );
  }

  @Mutation(() => CommentModel, {
    description: 'Its author or the facilitator; replies and history stay',
  })
  async deleteComment(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { commentId }: CommentIdArgs,
  ): Promise<CommentModel> {
    return toCommentModel(
      await this.deleteCommentUseCase.execute({ callerId: caller.userId, commentId }),
    );
  }

  @ResolveField(() => UserModel)
  author(
    comment: CommentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): UserModel | Promise<UserModel> {
    const scope = { kind: 'accord', accordId: comment.accordId } as const;
    // A page's comments come with their authors: no promise (nor query) per comment.
    if (comment.authorCard) return toUserModel(comment.authorCard, scope);
    return this.identityLoaders
      .of(ctx)
      .userById.load(comment.authorId)
      .then((user) => toUserModel(user!, scope));
  }

  @ResolveField(() => [ClauseReferenceModel], {
    description: 'The articles its body cites, each with its number now; none once deleted',
  })
  async references(
    comment: CommentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<ClauseReferenceModel[]> {
    if (comment.deleted) return [];
    const references = await this.referenceLoaders.of(ctx).ofComment(comment.id);
    return toClauseReferenceModels(references, { BODY: comment.body });
  }

  @ResolveField(() => [CommentModel])
  async replies(
    comment: CommentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<CommentModel[]> {
    return (await this.commentLoaders.of(ctx).replies(comment.id)).map(toCommentModel);
  }
}
