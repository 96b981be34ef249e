import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { AccordLoaderSource } from '../accords/accords.loaders.js';
import { AmendmentIdArgs } from '../drafting/dto/drafting.args.js';
import { toAmendmentModel } from '../drafting/models/drafting.mappers.js';
import { AmendmentModel } from '../drafting/models/drafting.models.js';
import { toOrganizationModel, toUserModel } from '../identity/models/identity.mappers.js';
import { OrganizationModel, UserModel } from '../identity/models/identity.models.js';
import type { BallotEntity } from './ballot.entity.js';
import { BallotReceiptsService, type BallotReceipt } from './ballot-receipts.service.js';
import { CastBallotUseCase } from './cast-ballot.usecase.js';
import { CloseVotingUseCase } from './close-voting.usecase.js';
import { CastBallotArgs, OpenVotingArgs } from './dto/voting.args.js';
import {
  BallotChangeModel,
  BallotModel,
  BallotReceiptModel,
  TallyModel,
} from './models/voting.models.js';
import { OpenVotingUseCase } from './open-voting.usecase.js';
import { publishedTallyOf } from './tally.js';
import { VotingLoaderSource } from './voting.loaders.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { referenced } from '../common/graphql/loaders.js';

const toReceiptModel = (receipt: BallotReceipt): BallotReceiptModel =>
  Object.assign(new BallotReceiptModel(), receipt);

export const toBallotModel = (
  ballot: BallotEntity & { round?: number },
  accordId: string,
): BallotModel =>
  Object.assign(new BallotModel(), {
    accordId,
    amendmentId: ballot.amendmentId,
    round: ballot.round ?? null,
    organizationId: ballot.organizationId,
    castById: ballot.castBy,
    choice: ballot.choice,
    explanation: ballot.explanation,
    castAt: ballot.castAt,
    receipt:
      ballot.receiptSeq !== null && ballot.receiptHash !== null
        ? toReceiptModel({
            accordId,
            amendmentId: ballot.amendmentId,
            organizationId: ballot.organizationId,
            seq: ballot.receiptSeq,
            hash: ballot.receiptHash,
            castAt: ballot.castAt,
          })
        : null,
  });

@Resolver(() => AmendmentModel)
export class VotingResolver {
  constructor(
    private readonly accordLoaders: AccordLoaderSource,
    private readonly votingLoaders: VotingLoaderSource,
    private readonly openVotingUseCase: OpenVotingUseCase,
    private readonly castBallotUseCase: CastBallotUseCase,
    private readonly closeVotingUseCase: CloseVotingUseCase,
    private readonly receipts: BallotReceiptsService,
  ) {}

  @Mutation(() => AmendmentModel, {
    description: 'Facilitator; optional closesAt closes it automatically',
  })
  async openVoting(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: OpenVotingArgs,
  ): Promise<AmendmentModel> {
    return toAmendmentModel(
      await this.openVotingUseCase.execute({
        callerId: caller.userId,
        amendmentId: args.amendmentId,
        closesAt: args.closesAt ?? null,
      }),
    );
  }

  @Mutation(() => BallotModel, {
    description: 'A representative of a PARTY organization, for that organization',
  })
  async castBallot(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: CastBallotArgs,
  ): Promise<BallotModel> {
    const ballot = await this.castBallotUseCase.execute({
      callerId: caller.userId,
      amendmentId: args.amendmentId,
      organizationId: args.organizationId,
      choice: args.choice,
      explanation: args.explanation ?? null,
    });
    return toBallotModel(ballot, ballot.accordId);
  }

  @Query(() => [BallotReceiptModel], {
    description:
      'Receipts of the ballots cast on the amendment for organizations the caller represents, newest first',
  })
  async myBallotReceipts(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { amendmentId }: AmendmentIdArgs,
  ): Promise<BallotReceiptModel[]> {
    return (await this.receipts.mine(caller.userId, amendmentId)).map(toReceiptModel);
  }

  @Mutation(() => AmendmentModel, {
    description: 'Facilitator; decides under the rule and applies an adopted amendment',
  })
  async closeVoting(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { amendmentId }: AmendmentIdArgs,
  ): Promise<AmendmentModel> {
    return toAmendmentModel(
      await this.closeVotingUseCase.execute({ callerId: caller.userId, amendmentId }),
    );
  }

  @ResolveField(() => [BallotModel], {
    description: 'Recorded votes; always empty under a secret ballot',
  })
  async ballots(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<BallotModel[]> {
    const accord = await this.accordLoaders.of(ctx).accordById.load(amendment.accordId);
    if (accord?.rule.secretBallot) return [];
    return (await this.votingLoaders.of(ctx).ballotsByAmendment.load(amendment.id)).map((ballot) =>
      toBallotModel(ballot, amendment.accordId),
    );
  }

  @ResolveField(() => TallyModel, {
    description: 'Under a secret ballot, turnout only (sealed) until the vote closes',
  })
  async tally(amendment: AmendmentModel, _args: NoArgs, ctx: GraphqlContext): Promise<TallyModel> {
    const accord = await this.accordLoaders.of(ctx).accordById.load(amendment.accordId);
    return publishedTallyOf(amendment, accord!.partiesPerGroup, accord!.rule);
  }
}

@Resolver(() => BallotModel)
export class BallotResolver {
  constructor(
    private readonly identityLoaders: IdentityLoaderSource,
    private readonly accordLoaders: AccordLoaderSource,
    private readonly votingLoaders: VotingLoaderSource,
  ) {}

  @ResolveField(() => [BallotChangeModel])
  async changes(
    ballot: BallotModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<BallotChangeModel[]> {
    const [accord, history] = await Promise.all([
      this.accordLoaders.of(ctx).accordById.load(ballot.accordId),
      this.votingLoaders.of(ctx).ballotHistoryByAmendment.load(ballot.amendmentId),
    ]);
    // A secret ballot shows no choice, so no change of one (its caster gets his ballot back).
    if (!accord || accord.rule.secretBallot) return [];
    const round = ballot.round ?? Math.max(0, ...history.map((b) => b.round));
    const cast = history.filter(
      (b) => b.round === round && b.organizationId === ballot.organizationId,
    );
    // The last is the ballot itself.
    return cast.slice(0, -1).map((b) =>
      Object.assign(new BallotChangeModel(), {
        accordId: ballot.accordId,
        castById: b.castBy,
        choice: b.choice,
        explanation: b.explanation,
        castAt: b.castAt,
      }),
    );
  }

  @ResolveField(() => OrganizationModel)
  async organization(
    ballot: BallotModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      referenced(
        await this.identityLoaders.of(ctx).organizationById.load(ballot.organizationId),
        `organization ${ballot.organizationId}`,
      ),
    );
  }

  @ResolveField(() => UserModel)
  async castBy(ballot: BallotModel, _args: NoArgs, ctx: GraphqlContext): Promise<UserModel> {
    return toUserModel(
      referenced(
        await this.identityLoaders.of(ctx).userById.load(ballot.castById),
        `user ${ballot.castById}`,
      ),
      {
        kind: 'accord',
        accordId: ballot.accordId,
      },
    );
  }
}

@Resolver(() => BallotReceiptModel)
export class BallotReceiptResolver {
  constructor(private readonly identityLoaders: IdentityLoaderSource) {}

  @ResolveField(() => OrganizationModel)
  async organization(
    receipt: BallotReceiptModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      referenced(
        await this.identityLoaders.of(ctx).organizationById.load(receipt.organizationId),
        `organization ${receipt.organizationId}`,
      ),
    );
  }
}

@Resolver(() => BallotChangeModel)
export class BallotChangeResolver {
  constructor(private readonly identityLoaders: IdentityLoaderSource) {}

  @ResolveField(() => UserModel)
  async castBy(change: BallotChangeModel, _args: NoArgs, ctx: GraphqlContext): Promise<UserModel> {
    const user = await this.identityLoaders.of(ctx).userById.load(change.castById);
    if (!user) throw new Error(`ballot cast by unknown user ${change.castById}`);
    return toUserModel(user, { kind: 'accord', accordId: change.accordId });
  }
}
