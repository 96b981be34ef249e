import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { ViewerLoaderSource } from '../accord-log/viewer.loaders.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { referenced } from '../common/graphql/loaders.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { toOrganizationModel, toUserModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel, UserModel } from '../identity/models/identity.models.js';
import { AssessIncidentUseCase } from './assess-incident.usecase.js';
import {
  AssessIncidentArgs,
  IncidentArgs,
  IncidentMatrixArgs,
  RecordIncidentArgs,
  ReviseIncidentArgs,
} from './dto/incident.args.js';
import { IncidentLookupService } from './incident-lookup.service.js';
import { IncidentMatrixService } from './incident-matrix.service.js';
import { IncidentLoaderSource } from './incidents.loaders.js';
import {
  IncidentAssessmentModel,
  IncidentMatrixModel,
  IncidentModel,
  toAssessmentModel,
  toCellModel,
  toIncidentModel,
} from './models/incident.models.js';
import { RecordIncidentUseCase } from './record-incident.usecase.js';
import { ReviseIncidentUseCase } from './revise-incident.usecase.js';

@Resolver(() => IncidentModel)
export class IncidentsResolver {
  constructor(
    private readonly lookup: IncidentLookupService,
    private readonly access: AccordAccessService,
    private readonly matrix: IncidentMatrixService,
    private readonly recordIncidentUseCase: RecordIncidentUseCase,
    private readonly reviseIncidentUseCase: ReviseIncidentUseCase,
    private readonly assessIncidentUseCase: AssessIncidentUseCase,
    private readonly incidentLoaders: IncidentLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
    private readonly viewerLoaders: ViewerLoaderSource,
  ) {}

  @Query(() => IncidentModel, { description: 'An incident of an accord the caller may see' })
  async incident(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { id }: IncidentArgs,
  ): Promise<IncidentModel> {
    return toIncidentModel((await this.lookup.incidentFor(caller.userId, id)).incident);
  }

  @Query(() => IncidentMatrixModel, {
    description: "The accord's incidents × its clauses, each cell its assessments counted",
  })
  async incidentMatrix(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId }: IncidentMatrixArgs,
  ): Promise<IncidentMatrixModel> {
    await this.access.requireVisibleAs(accordId, caller.userId);
    const matrix = await this.matrix.matrixOf(accordId);
    return Object.assign(new IncidentMatrixModel(), {
      accordId,
      incidents: matrix.incidents,
      clauses: matrix.clauses,
      cells: matrix.cells.map((c) => toCellModel(c.incidentId, c.clauseId, c.summary)),
    });
  }

  @Mutation(() => IncidentModel, {
    description:
      'A representative of a verified participant (party or observer) records an incident for it',
  })
  async recordIncident(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { input }: RecordIncidentArgs,
  ): Promise<IncidentModel> {
    return toIncidentModel(
      await this.recordIncidentUseCase.execute({
        callerId: caller.userId,
        accordId: input.accordId,
        organizationId: input.onBehalfOf,
        facts: { ...input.facts, endedOn: input.facts.endedOn ?? null, ...lists(input.facts) },
      }),
    );
  }

  @Mutation(() => IncidentModel, {
    description:
      'A representative of the organization that recorded it, or the facilitator, replaces its facts (CONFLICT if revised since `revision`)',
  })
  async reviseIncident(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { input }: ReviseIncidentArgs,
  ): Promise<IncidentModel> {
    return toIncidentModel(
      await this.reviseIncidentUseCase.execute({
        callerId: caller.userId,
        incidentId: input.incidentId,
        revision: input.revision,
        facts: { ...input.facts, endedOn: input.facts.endedOn ?? null, ...lists(input.facts) },
      }),
    );
  }

  @Mutation(() => IncidentAssessmentModel, {
    description:
      'A representative assesses the incident against a clause or a norm for his organization (a verified participant); again: revises it',
  })
  async assessIncident(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { input }: AssessIncidentArgs,
  ): Promise<IncidentAssessmentModel> {
    return toAssessmentModel(
      await this.assessIncidentUseCase.execute({
        callerId: caller.userId,
        incidentId: input.incidentId,
        organizationId: input.onBehalfOf,
        target: { clauseId: input.clauseId, normId: input.normId },
        verdict: input.verdict,
        reasoning: input.reasoning,
      }),
    );
  }

  @ResolveField(() => OrganizationModel)
  async recordedFor(
    incident: IncidentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    const org = await this.identityLoaders.of(ctx).organizationById.load(incident.organizationId);
    return toOrganizationModel(referenced(org, `organization ${incident.organizationId}`));
  }

  @ResolveField(() => UserModel, { nullable: true })
  async recordedBy(
    incident: IncidentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<UserModel | null> {
    const user = await this.identityLoaders.of(ctx).userById.load(incident.recordedById);
    return user && toUserModel(user, { kind: 'accord', accordId: incident.accordId });
  }

  @ResolveField(() => [IncidentAssessmentModel], {
    description: 'The current assessment of each organization against each clause, oldest first',
  })
  async assessments(
    incident: IncidentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<IncidentAssessmentModel[]> {
    const rows = await this.incidentLoaders.of(ctx).assessmentsByIncident.load(incident.id);
    return rows.map(toAssessmentModel);
  }

  @ResolveField(() => Boolean, {
    description:
      'The caller may revise it: a representative of the organization that recorded it, or the facilitator',
  })
  async viewerCanRevise(
    incident: IncidentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(incident.accordId);
    if (!standing) return false;
    // From the caller's standing (what the read cache keys by): the recorder is a participant.
    return (
      standing.isFacilitator ||
      standing.representedOrganizationIds.includes(incident.organizationId)
    );
  }
}

/** The lists of the facts as the use cases take them (GraphQL inputs are class instances). */
const lists = (facts: RecordIncidentArgs['input']['facts']) => ({
  sources: facts.sources,
  actors: facts.actors.map((a) => ({
    name: a.name,
    attribution: a.attribution,
    note: a.note ?? null,
  })),
  responses: facts.responses.map((r) => ({
    kind: r.kind,
    by: r.by,
    on: r.on ?? null,
    description: r.description,
    source: r.source ?? null,
  })),
});
