import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel } from '../identity/models/identity.models.js';
import { AccordsService } from './accords.service.js';
import { AddParticipantArgs, CreateAccordArgs, SetDecisionRuleArgs } from './dto/accord.args.js';
import { toAccordModel, toParticipantModel } from './models/accord.mappers.js';
import { AccordModel, ParticipantModel } from './models/accord.models.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { AccordLoaderSource } from './accords.loaders.js';

@Resolver(() => AccordModel)
export class AccordsResolver {
  constructor(
    private readonly accordsService: AccordsService,
    private readonly accordLoaders: AccordLoaderSource,
  ) {}

  @Query(() => [AccordModel], { description: 'Accords the caller facilitates or takes part in' })
  async accords(@CurrentUser() caller: AuthenticatedUser): Promise<AccordModel[]> {
    return (await this.accordsService.listVisible(caller.userId)).map(toAccordModel);
  }

  @Query(() => AccordModel, { nullable: true })
  async accord(
    @CurrentUser() caller: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AccordModel> {
    return toAccordModel(await this.accordsService.getVisible(caller.userId, id));
  }

  @Mutation(() => AccordModel, { description: 'The creator becomes its facilitator' })
  async createAccord(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: CreateAccordArgs,
  ): Promise<AccordModel> {
    return toAccordModel(
      await this.accordsService.createAccord(
        caller.userId,
        args.title,
        args.preamble ?? null,
        args.rule,
      ),
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
      await this.accordsService.setDecisionRule(caller.userId, args.accordId, args.rule),
    );
  }

  @Mutation(() => ParticipantModel, { description: 'Facilitator only' })
  async addParticipant(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: AddParticipantArgs,
  ): Promise<ParticipantModel> {
    return toParticipantModel(
      await this.accordsService.addParticipant(
        caller.userId,
        args.accordId,
        args.organizationId,
        args.role,
      ),
    );
  }

  @ResolveField(() => [ParticipantModel])
  async participants(
    @Parent() accord: AccordModel,
    @Context() ctx: GraphqlContext,
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
    @Parent() p: ParticipantModel,
    @Context() ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      (await this.identityLoaders.of(ctx).organizationById.load(p.organizationId))!,
    );
  }
}
