import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { referenced } from '../common/graphql/loaders.js';
import { ImportFrameworkArgs } from './dto/framework.args.js';
import { FrameworkEditors } from './framework-editors.js';
import { ImportFrameworkUseCase } from './import-framework.usecase.js';
import { FrameworkLoaderSource, frameworkNotFound, normNotFound } from './frameworks.loaders.js';
import {
  FrameworkModel,
  NormModel,
  toFrameworkModel,
  toNormModel,
} from './models/framework.models.js';

@Resolver(() => FrameworkModel)
export class FrameworksResolver {
  constructor(
    private readonly importFrameworkUseCase: ImportFrameworkUseCase,
    private readonly editors: FrameworkEditors,
    private readonly loaders: FrameworkLoaderSource,
  ) {}

  @Query(() => [FrameworkModel], {
    description: 'Every norm framework on the platform (any signed-in user), newest first',
  })
  async frameworks(
    @CurrentUser() _caller: AuthenticatedUser,
    @Context() ctx: GraphqlContext,
  ): Promise<FrameworkModel[]> {
    return (await this.loaders.of(ctx).all()).map(toFrameworkModel);
  }

  @Query(() => FrameworkModel, { description: 'FRAMEWORK_NOT_FOUND when there is none' })
  async framework(
    @CurrentUser() _caller: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<FrameworkModel> {
    const framework = await this.loaders.of(ctx).frameworkById.load(id);
    if (!framework) throw frameworkNotFound();
    return toFrameworkModel(framework);
  }

  @Query(() => NormModel, { description: 'NORM_NOT_FOUND when there is none' })
  async norm(
    @CurrentUser() _caller: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphqlContext,
  ): Promise<NormModel> {
    const norm = await this.loaders.of(ctx).normById.load(id);
    if (!norm) throw normNotFound();
    return toNormModel(norm);
  }

  @Query(() => Boolean, {
    description:
      'Whether the caller may import and replace frameworks (an operator or a facilitator)',
  })
  mayEditFrameworks(@CurrentUser() caller: AuthenticatedUser): Promise<boolean> {
    return this.editors.mayEdit(caller.userId);
  }

  @Mutation(() => FrameworkModel, {
    description:
      'Operators and facilitators; adds a framework from a JSON or CSV file (README, "Norm frameworks"), or replaces `frameworkId`',
  })
  async importFramework(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: ImportFrameworkArgs,
  ): Promise<FrameworkModel> {
    return toFrameworkModel(
      await this.importFrameworkUseCase.execute({
        callerId: caller.userId,
        content: args.content,
        format: args.format,
        frameworkId: args.frameworkId ?? null,
      }),
    );
  }

  @ResolveField(() => [NormModel], { description: 'In the order of the framework' })
  async norms(framework: FrameworkModel, _args: NoArgs, ctx: GraphqlContext): Promise<NormModel[]> {
    return (await this.loaders.of(ctx).normsByFramework.load(framework.id)).map(toNormModel);
  }
}

@Resolver(() => NormModel)
export class NormResolver {
  constructor(private readonly loaders: FrameworkLoaderSource) {}

  @ResolveField(() => FrameworkModel)
  async framework(norm: NormModel, _args: NoArgs, ctx: GraphqlContext): Promise<FrameworkModel> {
    const framework = await this.loaders.of(ctx).frameworkById.load(norm.frameworkId);
    return toFrameworkModel(referenced(framework, `framework ${norm.frameworkId}`));
  }

  @ResolveField(() => [NormModel], {
    description:
      'Norms of other frameworks declared to say the same thing (for point-by-point comparison)',
  })
  async correspondsTo(norm: NormModel, _args: NoArgs, ctx: GraphqlContext): Promise<NormModel[]> {
    return (await this.loaders.of(ctx).correspondingNorms.load(norm.id)).map(toNormModel);
  }
}
