import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { DraftingLoaderSource } from '../drafting/drafting.loaders.js';
import { toAmendmentModel } from '../drafting/models/drafting.mappers.js';
import type { AmendmentModel } from '../drafting/models/drafting.models.js';
import { AccordDiffService } from './accord-diff.service.js';
import { AccordDiffArgs } from './dto/history.args.js';
import { AccordDiffModel, ArticleChangeModel } from './models/accord-diff.models.js';

@Resolver(() => ArticleChangeModel)
export class AccordDiffResolver {
  constructor(
    private readonly accordDiffs: AccordDiffService,
    private readonly draftingLoaders: DraftingLoaderSource,
  ) {}

  @Query(() => AccordDiffModel, {
    description:
      'The whole accord as one redline between two moments (a seq, a time or a milestone): each article added, removed, reworded or moved, with the amendments that did it',
  })
  accordDiff(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId, from, to }: AccordDiffArgs,
  ): Promise<AccordDiffModel> {
    return this.accordDiffs.accordDiff(caller.userId, accordId, from, to);
  }

  @ResolveField()
  async amendments(
    change: ArticleChangeModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<AmendmentModel[]> {
    const loaders = this.draftingLoaders.of(ctx);
    const amendments = await Promise.all(change.amendmentIds.map((id) => loaders.amendment(id)));
    return amendments.flatMap((a) => (a ? [toAmendmentModel(a)] : []));
  }
}
