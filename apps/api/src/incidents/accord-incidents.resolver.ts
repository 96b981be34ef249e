import { ResolveField, Resolver } from '@nestjs/graphql';
import { ViewerLoaderSource } from '../accord-log/viewer.loaders.js';
import { AccordModel } from '../accords/models/accord.models.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { referenced } from '../common/graphql/loaders.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel } from '../identity/models/identity.models.js';
import { IncidentLoaderSource } from './incidents.loaders.js';
import { IncidentModel, toIncidentModel } from './models/incident.models.js';

@Resolver(() => AccordModel)
export class AccordIncidentsResolver {
  constructor(
    private readonly incidentLoaders: IncidentLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
    private readonly viewerLoaders: ViewerLoaderSource,
  ) {}

  @ResolveField(() => [IncidentModel], { description: 'Incidents recorded in it, by start date' })
  async incidents(
    accord: AccordModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<IncidentModel[]> {
    const rows = await this.incidentLoaders.of(ctx).incidentsByAccord.load(accord.id);
    return rows.map(toIncidentModel);
  }

  @ResolveField(() => [OrganizationModel], {
    description:
      'The verified participants (parties or observers) the caller represents: he may record and assess incidents for them',
  })
  async viewerAssessingOrganizations(
    accord: AccordModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel[]> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(accord.id);
    const byId = this.identityLoaders.of(ctx).organizationById;
    return Promise.all(
      (standing?.speakingOrganizationIds ?? []).map(async (id) =>
        toOrganizationModel(referenced(await byId.load(id), `organization ${id}`)),
      ),
    );
  }
}
