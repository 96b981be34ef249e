import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../../common/graphql/graphql-context.js';
import { referenced } from '../../common/graphql/loaders.js';
import { FrameworkLoaderSource } from '../../frameworks/frameworks.loaders.js';
import { toNormModel } from '../../frameworks/models/framework.models.js';
import { LinkSourceArgs } from '../dto/drafting.args.js';
import { toClauseVersionModel } from '../models/drafting.mappers.js';
import { AmendmentModel, ClauseVersionModel } from '../models/drafting.models.js';
import { CitationLoaderSource } from './citations.loaders.js';
import { NormCitationModel } from './citation.models.js';
import { citationsOf, type NormCitation } from './clause-source-link.entity.js';
import { LinkSourceUseCase } from './link-source.usecase.js';

/** The norms a clause version or an amendment cites, and linking a free-text source to a norm. */
@Resolver(() => ClauseVersionModel)
export class ClauseVersionCitationsResolver {
  constructor(
    private readonly linkSourceUseCase: LinkSourceUseCase,
    private readonly links: CitationLoaderSource,
    private readonly frameworks: FrameworkLoaderSource,
  ) {}

  @Mutation(() => ClauseVersionModel, {
    description:
      "The facilitator or the clause's drafting party; links a free-text source of the clause's current version to a norm (normId null: unlinks it), logged as clause.sourceLinked",
  })
  async linkSourceToNorm(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: LinkSourceArgs,
  ): Promise<ClauseVersionModel> {
    return toClauseVersionModel(
      await this.linkSourceUseCase.execute({
        callerId: caller.userId,
        clauseId: args.clauseId,
        source: args.source,
        normId: args.normId ?? null,
      }),
    );
  }

  @ResolveField(() => [NormCitationModel], {
    description: 'Norms it cites: those named directly, then its sources linked to a norm',
  })
  async citations(
    version: ClauseVersionModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<NormCitationModel[]> {
    const links = await this.links.of(ctx).linksByClause.load(version.clauseId);
    return resolveCitations(citationsOf(version, links), this.frameworks, ctx);
  }
}

@Resolver(() => AmendmentModel)
export class AmendmentCitationsResolver {
  constructor(
    private readonly links: CitationLoaderSource,
    private readonly frameworks: FrameworkLoaderSource,
  ) {}

  @ResolveField(() => [NormCitationModel], {
    description:
      'Norms it cites: those named directly, then its sources linked to a norm on its clause',
  })
  async citations(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<NormCitationModel[]> {
    const links = amendment.clauseId
      ? await this.links.of(ctx).linksByClause.load(amendment.clauseId)
      : [];
    return resolveCitations(citationsOf(amendment, links), this.frameworks, ctx);
  }
}

async function resolveCitations(
  citations: NormCitation[],
  frameworks: FrameworkLoaderSource,
  ctx: GraphqlContext,
): Promise<NormCitationModel[]> {
  const norms = await frameworks.of(ctx).normById.loadMany(citations.map((c) => c.normId));
  return citations.map((citation, i) => {
    const norm = norms[i];
    if (norm instanceof Error) throw norm;
    return Object.assign(new NormCitationModel(), {
      norm: toNormModel(referenced(norm, `norm ${citation.normId}`)),
      source: citation.source,
    });
  });
}
