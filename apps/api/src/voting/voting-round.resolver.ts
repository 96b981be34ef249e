import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { selectRows } from '../common/database/select-rows.js';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import { featureLoader, groupByKeys } from '../common/graphql/loaders.js';
import { VotingRoundOutcome } from '@plenary/contracts';
import { DraftingLoaders } from '../drafting/drafting.loaders.js';
import { AmendmentModel } from '../drafting/models/drafting.models.js';
import type { BallotEntity } from './ballot.entity.js';
import { BallotModel } from './models/voting.models.js';
import { VotingRoundModel } from './models/voting-round.models.js';
import { publishedFinalTally } from './tally.js';
import { VotingRoundEntity } from './voting-round.entity.js';
import { toBallotModel } from './voting.resolver.js';

type RoundBallot = BallotEntity & { round: number };

/** Every vote held on an amendment, kept whatever becomes of it. */
@Resolver(() => AmendmentModel)
export class AmendmentVotingRoundsResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => [VotingRoundModel], {
    description: 'Every vote held on it, oldest first, with its outcome, final tally and ballots',
  })
  async votingRounds(
    @Parent() amendment: AmendmentModel,
    @Context() ctx: GraphqlContext,
  ): Promise<VotingRoundModel[]> {
    const rounds = await featureLoader(
      ctx.loaders,
      'votingRoundsByAmendment',
      () =>
        new DataLoader<string, VotingRoundEntity[]>(async (ids) =>
          groupByKeys(
            ids,
            await selectRows(
              this.db,
              VotingRoundEntity,
              'WHERE t.amendment_id = ANY($1::uuid[]) ORDER BY t.round',
              [ids],
            ),
            (r) => r.amendmentId,
          ),
        ),
    ).load(amendment.id);
    const accord = await new DraftingLoaders(ctx.loaders, this.db).accord(amendment.accordId);
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
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => [BallotModel])
  async ballots(
    @Parent() round: VotingRoundModel,
    @Context() ctx: GraphqlContext,
  ): Promise<BallotModel[]> {
    // A running round's ballots are the amendment's own (Amendment.ballots), shown as that says.
    if (round.outcome === null) return [];
    const accord = await new DraftingLoaders(ctx.loaders, this.db).accord(round.accordId);
    // A secret vote shows its final tally, never who voted what.
    if (accord?.rule.secretBallot) return [];
    const ballots = await featureLoader(
      ctx.loaders,
      'roundBallotsByAmendment',
      () =>
        new DataLoader<string, RoundBallot[]>(async (ids) =>
          groupByKeys(
            ids,
            // The last ballot of each party in each ended round: what that round counted.
            await this.db.query<RoundBallot[]>(
              `SELECT * FROM (
                 SELECT DISTINCT ON (h.amendment_id, h.round, h.organization_id)
                        h.amendment_id AS "amendmentId", h.round, h.organization_id AS "organizationId",
                        h.choice, h.explanation, h.cast_by AS "castBy", h.cast_at AS "castAt"
                 FROM ballot_history h
                 JOIN voting_round r ON r.amendment_id = h.amendment_id AND r.round = h.round
                 WHERE h.amendment_id = ANY($1::uuid[]) AND r.outcome IS NOT NULL
                 ORDER BY h.amendment_id, h.round, h.organization_id, h.id DESC) last
               ORDER BY "castAt"`,
              [ids],
            ),
            (b) => b.amendmentId,
          ),
        ),
    ).load(round.amendmentId);
    return ballots
      .filter((b) => b.round === round.number)
      .map((b) => toBallotModel(b, round.accordId));
  }
}
