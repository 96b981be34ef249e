import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { AccordModel } from '../accords/models/accord.models.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { toUserModel } from '../identity/models/identity.mappers.js';
import { UserModel } from '../identity/models/identity.models.js';
import { MarkMilestoneArgs } from './dto/milestone.args.js';
import { MarkMilestoneUseCase } from './mark-milestone.usecase.js';
import { MilestoneLoaderSource } from './milestones.loaders.js';
import { MilestoneModel, toMilestoneModel } from './models/milestone.model.js';

@Resolver(() => AccordModel)
export class AccordMilestonesResolver {
  constructor(
    private readonly markMilestoneUseCase: MarkMilestoneUseCase,
    private readonly milestoneLoaders: MilestoneLoaderSource,
  ) {}

  @Mutation(() => MilestoneModel, {
    description: 'Facilitator; names the text as it stands now (names are unique in an accord)',
  })
  async markMilestone(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId, name }: MarkMilestoneArgs,
  ): Promise<MilestoneModel> {
    return toMilestoneModel(
      await this.markMilestoneUseCase.execute({ callerId: caller.userId, accordId, name }),
    );
  }

  @ResolveField(() => [MilestoneModel], { description: 'Named moments of the text, oldest first' })
  async milestones(
    accord: AccordModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<MilestoneModel[]> {
    const milestones = await this.milestoneLoaders.of(ctx).milestonesByAccord.load(accord.id);
    return milestones.map(toMilestoneModel);
  }
}

@Resolver(() => MilestoneModel)
export class MilestoneResolver {
  constructor(private readonly identityLoaders: IdentityLoaderSource) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Null if the account is gone' })
  async markedBy(
    milestone: MilestoneModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<UserModel | null> {
    const user = await this.identityLoaders.of(ctx).userById.load(milestone.markedById);
    return user && toUserModel(user, { kind: 'accord', accordId: milestone.accordId });
  }
}
