import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { referenced } from '../common/graphql/loaders.js';
import { toAmendmentModel } from '../drafting/models/drafting.mappers.js';
import { AmendmentModel } from '../drafting/models/drafting.models.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel } from '../identity/models/identity.models.js';
import { AnswerCoSponsorshipUseCase } from './answer-cosponsorship.usecase.js';
import { CosponsorLoaderSource } from './cosponsors.loaders.js';
import { AmendmentOrganizationArgs, AnswerCoSponsorshipArgs } from './dto/cosponsor.args.js';
import { InviteCoSponsorUseCase } from './invite-cosponsor.usecase.js';
import {
  AmendmentSponsorModel,
  GroupCountModel,
  toAmendmentSponsorModel,
} from './models/cosponsor.models.js';
import { SupportAmendmentUseCase, WithdrawSupportUseCase } from './support-amendment.usecase.js';

@Resolver(() => AmendmentModel)
export class AmendmentCosponsorsResolver {
  constructor(
    private readonly inviteCoSponsorUseCase: InviteCoSponsorUseCase,
    private readonly answerCoSponsorshipUseCase: AnswerCoSponsorshipUseCase,
    private readonly supportAmendmentUseCase: SupportAmendmentUseCase,
    private readonly withdrawSupportUseCase: WithdrawSupportUseCase,
    private readonly cosponsorLoaders: CosponsorLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
  ) {}

  @Mutation(() => AmendmentModel, {
    description:
      'Its author, while undecided; invites another party of the accord to co-sponsor it',
  })
  async inviteCoSponsor(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { amendmentId, organizationId }: AmendmentOrganizationArgs,
  ): Promise<AmendmentModel> {
    return toAmendmentModel(
      await this.inviteCoSponsorUseCase.execute({
        callerId: caller.userId,
        amendmentId,
        organizationId,
      }),
    );
  }

  @Mutation(() => AmendmentModel, {
    description:
      'A representative of the invited organization, once, while the amendment is undecided',
  })
  async answerCoSponsorship(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { amendmentId, organizationId, accept }: AnswerCoSponsorshipArgs,
  ): Promise<AmendmentModel> {
    return toAmendmentModel(
      await this.answerCoSponsorshipUseCase.execute({
        callerId: caller.userId,
        amendmentId,
        organizationId,
        accept,
      }),
    );
  }

  @Mutation(() => AmendmentModel, {
    description:
      'A representative of a participant organization (party or observer): a visible "+1", not a co-sponsorship',
  })
  async supportAmendment(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { amendmentId, organizationId }: AmendmentOrganizationArgs,
  ): Promise<AmendmentModel> {
    return toAmendmentModel(
      await this.supportAmendmentUseCase.execute({
        callerId: caller.userId,
        amendmentId,
        organizationId,
      }),
    );
  }

  @Mutation(() => AmendmentModel, { description: 'Takes back the organization’s "+1"' })
  async withdrawSupport(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { amendmentId, organizationId }: AmendmentOrganizationArgs,
  ): Promise<AmendmentModel> {
    return toAmendmentModel(
      await this.withdrawSupportUseCase.execute({
        callerId: caller.userId,
        amendmentId,
        organizationId,
      }),
    );
  }

  @ResolveField(() => [AmendmentSponsorModel], {
    description:
      'Parties invited to co-sponsor it, in the order invited: pending, accepted and declined',
  })
  async sponsors(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<AmendmentSponsorModel[]> {
    const sponsors = await this.cosponsorLoaders.of(ctx).sponsorsByAmendment.load(amendment.id);
    return sponsors.map(toAmendmentSponsorModel);
  }

  @ResolveField(() => [GroupCountModel], {
    description:
      'Its sponsor and accepted co-sponsors per stakeholder group, the largest group first',
  })
  async sponsorGroups(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<GroupCountModel[]> {
    const groups = await this.cosponsorLoaders.of(ctx).sponsorGroupsByAmendment.load(amendment.id);
    return groups.map(({ group, count }) => ({ group, count }));
  }

  @ResolveField(() => [OrganizationModel], {
    description: 'Participant organizations that gave it a "+1", in that order',
  })
  async supporters(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel[]> {
    const support = await this.cosponsorLoaders.of(ctx).supportByAmendment.load(amendment.id);
    const organizations = await this.identityLoaders
      .of(ctx)
      .organizationById.loadMany(support.map((s) => s.organizationId));
    return organizations.flatMap((o) =>
      o && !(o instanceof Error) ? [toOrganizationModel(o)] : [],
    );
  }
}

@Resolver(() => AmendmentSponsorModel)
export class AmendmentSponsorResolver {
  constructor(private readonly identityLoaders: IdentityLoaderSource) {}

  @ResolveField(() => OrganizationModel)
  async organization(
    sponsor: AmendmentSponsorModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      referenced(
        await this.identityLoaders.of(ctx).organizationById.load(sponsor.organizationId),
        `organization ${sponsor.organizationId}`,
      ),
    );
  }
}
