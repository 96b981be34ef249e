import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { referenced } from '../common/graphql/loaders.js';
import { DraftingLoaderSource } from '../drafting/drafting.loaders.js';
import { toClauseModel } from '../drafting/models/drafting.mappers.js';
import { ClauseModel } from '../drafting/models/drafting.models.js';
import { FrameworkLoaderSource } from '../frameworks/frameworks.loaders.js';
import { NormModel, toNormModel } from '../frameworks/models/framework.models.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { toOrganizationModel, toUserModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel, UserModel } from '../identity/models/identity.models.js';
import { IncidentLoaderSource } from './incidents.loaders.js';
import { AssessmentRevisionModel, IncidentAssessmentModel } from './models/incident.models.js';

@Resolver(() => IncidentAssessmentModel)
export class IncidentAssessmentResolver {
  constructor(
    private readonly incidentLoaders: IncidentLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
    private readonly draftingLoaders: DraftingLoaderSource,
    private readonly frameworkLoaders: FrameworkLoaderSource,
  ) {}

  @ResolveField(() => ClauseModel, { nullable: true })
  async clause(
    assessment: IncidentAssessmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<ClauseModel | null> {
    if (!assessment.clauseId) return null;
    const clause = await this.draftingLoaders.of(ctx).clause(assessment.clauseId);
    return toClauseModel(referenced(clause, `clause ${assessment.clauseId}`));
  }

  @ResolveField(() => NormModel, {
    nullable: true,
    description: 'The norm of a framework assessed against',
  })
  async norm(
    assessment: IncidentAssessmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<NormModel | null> {
    if (!assessment.normId) return null;
    const norm = await this.frameworkLoaders.of(ctx).normById.load(assessment.normId);
    return toNormModel(referenced(norm, `norm ${assessment.normId}`));
  }

  @ResolveField(() => OrganizationModel)
  async organization(
    assessment: IncidentAssessmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    const org = await this.identityLoaders.of(ctx).organizationById.load(assessment.organizationId);
    return toOrganizationModel(referenced(org, `organization ${assessment.organizationId}`));
  }

  @ResolveField(() => UserModel, { nullable: true })
  async assessedBy(
    assessment: IncidentAssessmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<UserModel | null> {
    const user = await this.identityLoaders.of(ctx).userById.load(assessment.assessedById);
    return user && toUserModel(user, { kind: 'accord', accordId: assessment.accordId });
  }

  @ResolveField(() => [AssessmentRevisionModel])
  async history(
    assessment: IncidentAssessmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<AssessmentRevisionModel[]> {
    const rows = await this.incidentLoaders
      .of(ctx)
      .revisionsByAssessment.load(`${assessment.accordId}:${assessment.id}`);
    return rows.map((r) => Object.assign(new AssessmentRevisionModel(), r));
  }
}
