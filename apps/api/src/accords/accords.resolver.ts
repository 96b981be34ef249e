import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel } from '../identity/models/identity.models.js';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AddParticipantUseCase } from './add-participant.usecase.js';
import { CreateAccordUseCase } from './create-accord.usecase.js';
import { SetDecisionRuleUseCase } from './set-decision-rule.usecase.js';
import { SetProposalWindowUseCase } from './set-proposal-window.usecase.js';
import {
  AddParticipantArgs,
  CreateAccordArgs,
  SetDecisionRuleArgs,
  SetProposalWindowArgs,
} from './dto/accord.args.js';
import { toAccordModel, toParticipantModel } from './models/accord.mappers.js';
import { AccordModel, ParticipantModel } from './models/accord.models.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { AccordLoaderSource } from './accords.loaders.js';
import { referenced } from '../common/graphql/loaders.js';

@Resolver(() => AccordModel)
export class AccordsResolver {
  constructor(
    private readonly access: AccordAccessService,
    private readonly createAccordUseCase: CreateAccordUseCase,
    private readonly setDecisionRuleUseCase: SetDecisionRuleUseCase,
    private readonly setProposalWindowUseCase: SetProposalWindowUseCase,
    private readonly addParticipantUseCase: AddParticipantUseCase,
    private readonly accordLoaders: AccordLoaderSource,
  ) {}

  @Query(() => [AccordModel], { description: 'Accords the caller facilitates or takes part in' })
  async accords(@CurrentUser() caller: AuthenticatedUser): Promise<AccordModel[]> {
    return (await this.access.listVisible(caller.userId)).map(toAccordModel);
  }

  @Query(() => AccordModel, { nullable: true })
  async accord(
    @CurrentUser() caller: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AccordModel> {
    return toAccordModel((await this.access.requireVisibleAs(id, caller.userId)).accord);
  }

  @Mutation(() => AccordModel, { description: 'The creator becomes its facilitator' })
  async createAccord(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: CreateAccordArgs,
  ): Promise<AccordModel> {
    return toAccordModel(
      await this.createAccordUseCase.execute({
        callerId: caller.userId,
        title: args.title,
        preamble: args.preamble ?? null,
        rule: args.rule,
      }),
    );
  }

  @Mutation(() => AccordModel, {
    description: 'Facilitator only; refused once any vote has opened',
  })
  async setDecisionRule(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: SetDecisionRuleArgs,
  ): Promise<AccordModel> {
    return toAccordModel(
      await this.setDecisionRuleUseCase.execute({
        callerId: caller.userId,
        accordId: args.accordId,
        rule: args.rule,
      }),
    );
  }

  @Mutation(() => AccordModel, {
    description:
      'Facilitator only: when amendments may be proposed (null ends: no limit); proposals made stay',
  })
  async setProposalWindow(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: SetProposalWindowArgs,
  ): Promise<AccordModel> {
    return toAccordModel(
      await this.setProposalWindowUseCase.execute({
        callerId: caller.userId,
        accordId: args.accordId,
        opensAt: args.opensAt ?? null,
        closesAt: args.closesAt ?? null,
        closeNow: args.closeNow ?? false,
      }),
    );
  }

  @Mutation(() => ParticipantModel, { description: 'Facilitator only' })
  async addParticipant(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: AddParticipantArgs,
  ): Promise<ParticipantModel> {
    return toParticipantModel(
      await this.addParticipantUseCase.execute({
        callerId: caller.userId,
        accordId: args.accordId,
        organizationId: args.organizationId,
        role: args.role,
      }),
    );
  }

  @ResolveField(() => [ParticipantModel])
  async participants(
    accord: AccordModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<ParticipantModel[]> {
    return (await this.accordLoaders.of(ctx).participantsByAccord.load(accord.id)).map(
      toParticipantModel,
    );
  }
}

@Resolver(() => ParticipantModel)
export class ParticipantResolver {
  constructor(private readonly identityLoaders: IdentityLoaderSource) {}

  @ResolveField(() => OrganizationModel)
  async organization(
    p: ParticipantModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      referenced(
        await this.identityLoaders.of(ctx).organizationById.load(p.organizationId),
        `organization ${p.organizationId}`,
      ),
    );
  }
}
