import { ResolveField, Resolver } from '@nestjs/graphql';
import { ViewerLoaderSource } from '../accord-log/viewer.loaders.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { DomainError } from '../common/errors/domain-error.js';
import { rebasableChange, removedClauseRefusal, withdrawRefusal } from './author-actions.js';
import { DraftingLoaderSource } from './drafting.loaders.js';
import { AmendmentModel } from './models/drafting.models.js';

/** What the signed-in caller may do with an amendment he wrote (false when anonymous). */
@Resolver(() => AmendmentModel)
export class AmendmentViewerResolver {
  constructor(
    private readonly viewerLoaders: ViewerLoaderSource,
    private readonly draftingLoaders: DraftingLoaderSource,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'The caller may withdraw it (its author, undecided)',
  })
  async viewerCanWithdraw(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(amendment.accordId);
    return standing !== null && withdrawRefusal(amendment, standing.userId) === null;
  }

  @ResolveField(() => Boolean, {
    description: 'The caller may rebase it on the current text (its author; open or in conflict)',
  })
  async viewerCanRebase(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(amendment.accordId);
    if (!standing) return false;
    const change = rebasableChange(amendment, standing.userId);
    if (change instanceof DomainError) return false;
    const clause = await this.draftingLoaders.of(ctx).clause(change.clauseId);
    return clause !== null && removedClauseRefusal(clause) === null;
  }
}
