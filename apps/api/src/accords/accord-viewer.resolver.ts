import { ResolveField, Resolver } from '@nestjs/graphql';
import { nextProposalWindowChange, proposalWindowAt } from '@plenary/contracts';
import {
  answerTrueUntil,
  type GraphqlContext,
  type NoArgs,
} from '../common/graphql/graphql-context.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel } from '../identity/models/identity.models.js';
import { AccordModel } from './models/accord.models.js';
import { ViewerLoaderSource } from '../accord-log/viewer.loaders.js';
import { referenced } from '../common/graphql/loaders.js';

/**
 * What the signed-in caller may do in the accord, by the rules its mutations enforce (false or
 * empty when anonymous). The read cache shares these answers between callers of one standing.
 */
@Resolver(() => AccordModel)
export class AccordViewerResolver {
  constructor(
    private readonly viewerLoaders: ViewerLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
  ) {}

  @ResolveField(() => Boolean, { description: 'The caller facilitates this accord' })
  async viewerIsFacilitator(
    accord: AccordModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    return (await this.viewerLoaders.of(ctx).standingIn(accord.id))?.isFacilitator ?? false;
  }

  @ResolveField(() => Boolean, {
    description:
      'The caller may propose amendments now (a member of a verified party organization, within the proposal window, before the text is declared final)',
  })
  async viewerCanAmend(accord: AccordModel, _args: NoArgs, ctx: GraphqlContext): Promise<boolean> {
    if (accord.finalSeq !== null) return false;
    const window = { opensAt: accord.proposalsOpenFrom, closesAt: accord.proposalsCloseAt };
    const now = new Date();
    // The answer changes when the window opens or closes although the log does not move.
    const change = nextProposalWindowChange(window, now);
    if (change) answerTrueUntil(ctx, change);
    if (proposalWindowAt(window, now).state !== 'OPEN') return false;
    const standing = await this.viewerLoaders.of(ctx).standingIn(accord.id);
    return (standing?.amendingOrganizationIds.length ?? 0) > 0;
  }

  @ResolveField(() => [OrganizationModel], {
    description: 'The party organizations whose ballot the caller may cast in this accord',
  })
  async viewerVotingOrganizations(
    accord: AccordModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel[]> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(accord.id);
    const organizations = this.identityLoaders.of(ctx).organizationById;
    return Promise.all(
      (standing?.votingOrganizationIds ?? []).map(async (id) =>
        toOrganizationModel(referenced(await organizations.load(id), `organization ${id}`)),
      ),
    );
  }
}
