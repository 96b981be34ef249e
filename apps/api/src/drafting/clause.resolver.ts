import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel } from '../identity/models/identity.models.js';
import { DraftingLoaders } from './drafting.loaders.js';
import { toAmendmentModel, toClauseVersionModel } from './models/drafting.mappers.js';
import {
  AmendmentModel,
  ClauseModel,
  ClauseVersionModel,
  TextSpanModel,
} from './models/drafting.models.js';

@Resolver(() => ClauseModel)
export class ClauseResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => ClauseVersionModel)
  async current(
    @Parent() clause: ClauseModel,
    @Context() ctx: GraphqlContext,
  ): Promise<ClauseVersionModel> {
    const version = await new DraftingLoaders(ctx.loaders, this.db).version(
      clause.id,
      clause.currentVersion,
    );
    return toClauseVersionModel(version!);
  }

  @ResolveField(() => [ClauseVersionModel], { description: 'Every version, oldest first' })
  async versions(
    @Parent() clause: ClauseModel,
    @Context() ctx: GraphqlContext,
  ): Promise<ClauseVersionModel[]> {
    return (await new DraftingLoaders(ctx.loaders, this.db).versionsOfClause(clause.id)).map(
      toClauseVersionModel,
    );
  }

  @ResolveField(() => [TextSpanModel], { description: 'Who wrote each part of the current text' })
  async attribution(
    @Parent() clause: ClauseModel,
    @Context() ctx: GraphqlContext,
  ): Promise<TextSpanModel[]> {
    const loaders = new DraftingLoaders(ctx.loaders, this.db);
    const current = await loaders.version(clause.id, clause.currentVersion);
    const spans = current!.attribution;
    const credited = await Promise.all(
      [...new Set(spans.map((s) => s.v))].map((v) => loaders.version(clause.id, v)),
    );
    const byVersion = new Map(credited.filter((v) => v !== null).map((v) => [v.version, v]));
    return spans.map((span) =>
      Object.assign(new TextSpanModel(), {
        clauseId: clause.id,
        text: span.t,
        version: span.v,
        amendmentId: byVersion.get(span.v)?.amendmentId ?? null,
        authorOrganizationId: byVersion.get(span.v)?.authorOrganizationId ?? null,
      }),
    );
  }
}

@Resolver(() => ClauseVersionModel)
export class ClauseVersionResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => AmendmentModel, {
    nullable: true,
    description: 'The adopted amendment that made it',
  })
  async amendment(
    @Parent() version: ClauseVersionModel,
    @Context() ctx: GraphqlContext,
  ): Promise<AmendmentModel | null> {
    if (!version.amendmentId) return null;
    const amendment = await new DraftingLoaders(ctx.loaders, this.db).amendment(
      version.amendmentId,
    );
    return amendment ? toAmendmentModel(amendment) : null;
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  async author(
    @Parent() version: ClauseVersionModel,
    @Context() ctx: GraphqlContext,
  ): Promise<OrganizationModel | null> {
    if (!version.authorOrganizationId) return null;
    const organization = await ctx.loaders.organizationById.load(version.authorOrganizationId);
    return organization ? toOrganizationModel(organization) : null;
  }
}

@Resolver(() => TextSpanModel)
export class TextSpanResolver {
  @ResolveField(() => OrganizationModel, { nullable: true })
  async author(
    @Parent() span: TextSpanModel,
    @Context() ctx: GraphqlContext,
  ): Promise<OrganizationModel | null> {
    if (!span.authorOrganizationId) return null;
    const organization = await ctx.loaders.organizationById.load(span.authorOrganizationId);
    return organization ? toOrganizationModel(organization) : null;
  }
}
