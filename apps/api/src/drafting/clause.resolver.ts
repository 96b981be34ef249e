import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel } from '../identity/models/identity.models.js';
import { DraftingLoaderSource } from './drafting.loaders.js';
import { toAmendmentModel, toClauseVersionModel } from './models/drafting.mappers.js';
import {
  AmendmentModel,
  ClauseModel,
  ClauseVersionModel,
  TextSpanModel,
} from './models/drafting.models.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';

@Resolver(() => ClauseModel)
export class ClauseResolver {
  constructor(private readonly draftingLoaders: DraftingLoaderSource) {}

  @ResolveField(() => ClauseVersionModel)
  current(
    clause: ClauseModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): ClauseVersionModel | Promise<ClauseVersionModel> {
    if (clause.currentText) return toClauseVersionModel(clause.currentText);
    return this.draftingLoaders
      .of(ctx)
      .version(clause.id, clause.currentVersion)
      .then((version) => toClauseVersionModel(version!));
  }

  @ResolveField(() => [ClauseVersionModel], { description: 'Every version, oldest first' })
  async versions(
    clause: ClauseModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<ClauseVersionModel[]> {
    return (await this.draftingLoaders.of(ctx).versionsOfClause(clause.id)).map(
      toClauseVersionModel,
    );
  }

  @ResolveField(() => [TextSpanModel], { description: 'Who wrote each part of the current text' })
  async attribution(
    clause: ClauseModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<TextSpanModel[]> {
    const loaders = this.draftingLoaders.of(ctx);
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
  constructor(
    private readonly draftingLoaders: DraftingLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
  ) {}

  @ResolveField(() => AmendmentModel, {
    nullable: true,
    description: 'The adopted amendment that made it',
  })
  async amendment(
    version: ClauseVersionModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<AmendmentModel | null> {
    if (!version.amendmentId) return null;
    const amendment = await this.draftingLoaders.of(ctx).amendment(version.amendmentId);
    return amendment ? toAmendmentModel(amendment) : null;
  }

  @ResolveField(() => OrganizationModel, { nullable: true })
  async author(
    version: ClauseVersionModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel | null> {
    if (!version.authorOrganizationId) return null;
    const organization = await this.identityLoaders
      .of(ctx)
      .organizationById.load(version.authorOrganizationId);
    return organization ? toOrganizationModel(organization) : null;
  }
}

@Resolver(() => TextSpanModel)
export class TextSpanResolver {
  constructor(private readonly identityLoaders: IdentityLoaderSource) {}

  @ResolveField(() => OrganizationModel, { nullable: true })
  async author(
    span: TextSpanModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel | null> {
    if (!span.authorOrganizationId) return null;
    const organization = await this.identityLoaders
      .of(ctx)
      .organizationById.load(span.authorOrganizationId);
    return organization ? toOrganizationModel(organization) : null;
  }
}
