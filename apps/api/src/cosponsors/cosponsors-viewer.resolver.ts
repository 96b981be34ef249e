import { CosponsorStatus } from '@plenary/contracts';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { ViewerLoaderSource } from '../accord-log/viewer.loaders.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { referenced } from '../common/graphql/loaders.js';
import { AmendmentModel } from '../drafting/models/drafting.models.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel } from '../identity/models/identity.models.js';
import { isUndecided } from './cosponsor-rules.js';
import { CosponsorLoaderSource } from './cosponsors.loaders.js';
import { ViewerSupportOptionModel } from './models/cosponsor.models.js';

/**
 * What the signed-in caller may do about an amendment's co-sponsors and support, by the rules
 * of their mutations (false or empty when anonymous, and once the amendment is decided).
 */
@Resolver(() => AmendmentModel)
export class CosponsorsViewerResolver {
  constructor(
    private readonly viewerLoaders: ViewerLoaderSource,
    private readonly cosponsorLoaders: CosponsorLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'The caller may invite parties to co-sponsor it (its author, while undecided)',
  })
  async viewerCanInviteCoSponsor(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(amendment.accordId);
    return standing !== null && amendment.authorId === standing.userId && isUndecided(amendment);
  }

  @ResolveField(() => [OrganizationModel], {
    description:
      'The organizations the caller represents that are invited to co-sponsor it and have not answered: he may accept or decline for them',
  })
  async viewerCoSponsorInvitations(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel[]> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(amendment.accordId);
    const represented = new Set(standing?.representedOrganizationIds ?? []);
    if (represented.size === 0 || !isUndecided(amendment)) return [];
    const sponsors = await this.cosponsorLoaders.of(ctx).sponsorsByAmendment.load(amendment.id);
    return this.organizations(
      ctx,
      sponsors
        .filter((s) => s.status === CosponsorStatus.INVITED && represented.has(s.organizationId))
        .map((s) => s.organizationId),
    );
  }

  @ResolveField(() => [ViewerSupportOptionModel], {
    description:
      'The participant organizations the caller represents, each with whether it supports the amendment: he may give or withdraw their "+1" while it is undecided',
  })
  async viewerSupportOptions(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<ViewerSupportOptionModel[]> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(amendment.accordId);
    const represented = standing?.representedOrganizationIds ?? [];
    if (represented.length === 0 || !isUndecided(amendment)) return [];
    const support = await this.cosponsorLoaders.of(ctx).supportByAmendment.load(amendment.id);
    const supporting = new Set(support.map((s) => s.organizationId));
    const organizations = await this.organizations(ctx, represented);
    return organizations.map((organization) =>
      Object.assign(new ViewerSupportOptionModel(), {
        organization,
        supports: supporting.has(organization.id),
      }),
    );
  }

  private async organizations(ctx: GraphqlContext, ids: string[]): Promise<OrganizationModel[]> {
    const byId = this.identityLoaders.of(ctx).organizationById;
    return Promise.all(
      ids.map(async (id) =>
        toOrganizationModel(referenced(await byId.load(id), `organization ${id}`)),
      ),
    );
  }
}
