import type { GraphQLResolveInfo } from 'graphql';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccordModel } from '../accords/models/accord.models.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import { SchemaArgs, validArgs } from '../common/graphql/field-args.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { DraftingLookupService } from './drafting-lookup.service.js';
import { AMENDMENT_COLUMNS } from './amendment-columns.js';
import { DraftingLoaderSource } from './drafting.loaders.js';
import {
  AccordAmendmentsArgs,
  AmendmentIdArgs,
  NewArticleAtArgs,
  ProposeAmendmentArgs,
  RebaseAmendmentArgs,
  RenumberClausesArgs,
} from './dto/drafting.args.js';
import { toAmendmentModel, toClauseModel } from './models/drafting.mappers.js';
import {
  AmendmentModel,
  ClauseModel,
  NewArticleModel,
  RenumberingModel,
} from './models/drafting.models.js';
import { newArticleIn } from './new-article-number.js';
import { ProposeAmendmentUseCase } from './propose-amendment.usecase.js';
import { RebaseAmendmentUseCase } from './rebase-amendment.usecase.js';
import { RenumberClausesUseCase } from './renumber-clauses.usecase.js';
import { WithdrawAmendmentUseCase } from './withdraw-amendment.usecase.js';

@Resolver()
export class DraftingResolver {
  constructor(
    private readonly lookup: DraftingLookupService,
    private readonly proposeAmendmentUseCase: ProposeAmendmentUseCase,
    private readonly withdrawAmendmentUseCase: WithdrawAmendmentUseCase,
    private readonly rebaseAmendmentUseCase: RebaseAmendmentUseCase,
    private readonly renumberClausesUseCase: RenumberClausesUseCase,
  ) {}

  @Query(() => ClauseModel, { nullable: true })
  async clause(
    @CurrentUser() caller: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ClauseModel> {
    return toClauseModel(await this.lookup.clauseFor(caller.userId, id));
  }

  @Query(() => AmendmentModel, { nullable: true })
  async amendment(
    @CurrentUser() caller: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AmendmentModel> {
    return toAmendmentModel((await this.lookup.amendmentFor(caller.userId, id)).amendment);
  }

  @Mutation(() => AmendmentModel, {
    description: 'A member of a PARTY organization, on its behalf',
  })
  async proposeAmendment(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { input }: ProposeAmendmentArgs,
  ): Promise<AmendmentModel> {
    return toAmendmentModel(
      await this.proposeAmendmentUseCase.execute({ callerId: caller.userId, input }),
    );
  }

  @Mutation(() => AmendmentModel, { description: 'By its author, while not yet decided' })
  async withdrawAmendment(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { amendmentId }: AmendmentIdArgs,
  ): Promise<AmendmentModel> {
    return toAmendmentModel(
      await this.withdrawAmendmentUseCase.execute({ callerId: caller.userId, amendmentId }),
    );
  }

  @Mutation(() => AmendmentModel, {
    description: 'By its author: new text on the current version; back to OPEN',
  })
  async rebaseAmendment(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { amendmentId, text }: RebaseAmendmentArgs,
  ): Promise<AmendmentModel> {
    return toAmendmentModel(
      await this.rebaseAmendmentUseCase.execute({ callerId: caller.userId, amendmentId, text }),
    );
  }

  @Mutation(() => RenumberingModel, {
    description:
      'The facilitator numbers the text 1, 2, 3 … in its order, as one logged act; references follow',
  })
  async renumberClauses(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { accordId }: RenumberClausesArgs,
  ): Promise<RenumberingModel> {
    const done = await this.renumberClausesUseCase.execute({ callerId: caller.userId, accordId });
    return {
      seq: done.seq,
      changes: done.changes.map(({ id, from, to }) => ({ clauseId: id, from, to })),
    };
  }
}

/** The text of an accord: its clauses in order and its amendments. */
@Resolver(() => AccordModel)
export class AccordTextResolver {
  constructor(private readonly draftingLoaders: DraftingLoaderSource) {}

  @ResolveField(() => [ClauseModel], { description: 'In order, current versions' })
  async clauses(accord: AccordModel, _args: NoArgs, ctx: GraphqlContext): Promise<ClauseModel[]> {
    return (await this.draftingLoaders.of(ctx).clausesOfAccord(accord.id)).map(toClauseModel);
  }

  @ResolveField(() => NewArticleModel, {
    description: 'The number a clause added at `position` now would take (the end when absent)',
  })
  async newArticleAt(
    accord: AccordModel,
    @SchemaArgs() args: NewArticleAtArgs,
    ctx: GraphqlContext,
  ): Promise<NewArticleModel> {
    const { position } = await validArgs(NewArticleAtArgs, args);
    return newArticleIn(
      await this.draftingLoaders.of(ctx).heldNumbersOfAccord(accord.id),
      position ?? null,
    );
  }

  @ResolveField(() => [AmendmentModel])
  async amendments(
    accord: AccordModel,
    @SchemaArgs() args: AccordAmendmentsArgs,
    ctx: GraphqlContext,
    info: GraphQLResolveInfo,
  ): Promise<AmendmentModel[]> {
    const { status } = await validArgs(AccordAmendmentsArgs, args);
    const all = await this.draftingLoaders
      .of(ctx)
      .amendmentsOfAccord(accord.id, AMENDMENT_COLUMNS.forSelection(info));
    return all.filter((a) => !status || a.status === status).map(toAmendmentModel);
  }
}
