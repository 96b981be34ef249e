import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import { CitationLoaderSource } from '../drafting/citations/citations.loaders.js';
import { citationsOf } from '../drafting/citations/clause-source-link.entity.js';
import { DraftingLoaderSource } from '../drafting/drafting.loaders.js';
import { FrameworkLoaderSource, frameworkNotFound } from '../frameworks/frameworks.loaders.js';
import { toFrameworkModel, toNormModel } from '../frameworks/models/framework.models.js';
import { FrameworkComparisonArgs } from './dto/comparison.args.js';
import { FrameworkComparisonModel } from './models/comparison.models.js';
import { compareNorms, coverageCounts, type CitingClause } from './norm-coverage.js';

@Resolver(() => FrameworkComparisonModel)
export class ComparisonResolver {
  constructor(
    private readonly access: AccordAccessService,
    private readonly drafting: DraftingLoaderSource,
    private readonly citations: CitationLoaderSource,
    private readonly frameworks: FrameworkLoaderSource,
  ) {}

  @Query(() => FrameworkComparisonModel, {
    description:
      'Participants and the facilitator; frameworks beside the accord as it stands: for each norm, the clauses that cite it and whether the accord is STRONGER, EQUIVALENT, WEAKER or SILENT',
  })
  async frameworkComparison(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId, frameworkIds }: FrameworkComparisonArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<FrameworkComparisonModel> {
    const { accord } = await this.access.requireVisibleAs(accordId, caller.userId);
    const frameworkLoaders = this.frameworks.of(ctx);
    const ids = [...new Set(frameworkIds)];
    const frameworks = await Promise.all(
      ids.map(async (id) => {
        const framework = await frameworkLoaders.frameworkById.load(id);
        if (!framework) throw frameworkNotFound();
        return framework;
      }),
    );
    const clauses = await this.drafting.of(ctx).clausesOfAccord(accordId);
    const links = await this.citations.of(ctx).linksByClause.loadMany(clauses.map((c) => c.id));
    const citing: CitingClause[] = clauses.flatMap((clause, i) => {
      const clauseLinks = links[i];
      if (!clause.current || clauseLinks instanceof Error || clauseLinks === undefined) return [];
      return [
        {
          clauseId: clause.id,
          number: clause.number,
          heading: clause.current.heading,
          force: clause.current.force,
          citations: citationsOf(clause.current, clauseLinks),
        },
      ];
    });
    const columns = await Promise.all(
      frameworks.map(async (framework) => {
        const norms = await frameworkLoaders.normsByFramework.load(framework.id);
        const rows = compareNorms(norms, citing);
        const counts = coverageCounts(rows);
        return {
          framework: toFrameworkModel(framework),
          norms: rows.map((row) => ({ ...row, norm: toNormModel(row.norm) })),
          stronger: counts.STRONGER,
          equivalent: counts.EQUIVALENT,
          weaker: counts.WEAKER,
          silent: counts.SILENT,
        };
      }),
    );
    return { accordId, seq: accord.lastSeq, frameworks: columns };
  }
}
