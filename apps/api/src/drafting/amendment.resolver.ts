import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import { toOrganizationModel, toUserModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel, UserModel } from '../identity/models/identity.models.js';
import { DraftingLoaders } from './drafting.loaders.js';
import { toClauseModel } from './models/drafting.mappers.js';
import { AmendmentModel, ClauseModel } from './models/drafting.models.js';

@Resolver(() => AmendmentModel)
export class AmendmentResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => ClauseModel, {
    nullable: true,
    description: 'The clause changed (MODIFY/REMOVE/MOVE)',
  })
  async clause(
    @Parent() amendment: AmendmentModel,
    @Context() ctx: GraphqlContext,
  ): Promise<ClauseModel | null> {
    if (!amendment.clauseId) return null;
    const clause = await new DraftingLoaders(ctx.loaders, this.db).clause(amendment.clauseId);
    return clause ? toClauseModel(clause) : null;
  }

  @ResolveField(() => UserModel)
  async author(
    @Parent() amendment: AmendmentModel,
    @Context() ctx: GraphqlContext,
  ): Promise<UserModel> {
    return toUserModel((await ctx.loaders.userById.load(amendment.authorId))!, {
      kind: 'accord',
      accordId: amendment.accordId,
    });
  }

  @ResolveField(() => OrganizationModel)
  async onBehalfOf(
    @Parent() amendment: AmendmentModel,
    @Context() ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel((await ctx.loaders.organizationById.load(amendment.onBehalfOfId))!);
  }
}
