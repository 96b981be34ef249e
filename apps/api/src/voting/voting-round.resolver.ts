import { ResolveField, Resolver } from '@nestjs/graphql';
import { AccordLoaderSource } from '../accords/accords.loaders.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { VotingRoundOutcome } from '@plenary/contracts';
import { AmendmentModel } from '../drafting/models/drafting.models.js';
import { BallotModel } from './models/voting.models.js';
import { VotingRoundModel } from './models/voting-round.models.js';
import { publishedFinalTally } from './tally.js';
import { VotingLoaderSource } from './voting.loaders.js';
import { toBallotModel } from './voting.resolver.js';

/** Every vote held on an amendment, kept whatever becomes of it. */
@Resolver(() => AmendmentModel)
export class AmendmentVotingRoundsResolver {
  constructor(
    private readonly accordLoaders: AccordLoaderSource,
    private readonly votingLoaders: VotingLoaderSource,
  ) {}

  @ResolveField(() => [VotingRoundModel], {
    description: 'Every vote held on it, oldest first, with its outcome, final tally and ballots',
  })
  async votingRounds(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<VotingRoundModel[]> {
    const rounds = await this.votingLoaders.of(ctx).roundsByAmendment.load(amendment.id);
    const accord = await this.accordLoaders.of(ctx).accordById.load(amendment.accordId);
    return rounds.map((round) =>
      Object.assign(new VotingRoundModel(), {
        amendmentId: round.amendmentId,
        accordId: amendment.accordId,
        number: round.round,
        openedAt: round.openedAt,
        closesAt: round.closesAt,
        endedAt: round.endedAt,
        outcome: round.outcome,
        // A secret round opens its counts only when a close decided it.
        tally:
          round.finalTally && accord
            ? publishedFinalTally(round.finalTally, accord.rule, {
                decided:
                  round.outcome === VotingRoundOutcome.ADOPTED ||
                  round.outcome === VotingRoundOutcome.REJECTED,
                ended: true,
              })
            : null,
        suspendedBecause: round.conflict,
      }),
    );
  }
}

@Resolver(() => VotingRoundModel)
export class VotingRoundResolver {
  constructor(
    private readonly accordLoaders: AccordLoaderSource,
    private readonly votingLoaders: VotingLoaderSource,
  ) {}

  @ResolveField(() => [BallotModel])
  async ballots(
    round: VotingRoundModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<BallotModel[]> {
    // A running round's ballots are the amendment's own (Amendment.ballots), shown as that says.
    if (round.outcome === null) return [];
    const accord = await this.accordLoaders.of(ctx).accordById.load(round.accordId);
    // A secret vote shows its final tally, never who voted what.
    if (accord?.rule.secretBallot) return [];
    const ballots = await this.votingLoaders
      .of(ctx)
      .roundBallotsByAmendment.load(round.amendmentId);
    return ballots
      .filter((b) => b.round === round.number)
      .map((b) => toBallotModel(b, round.accordId));
  }
}
