import { ResolveField, Resolver } from '@nestjs/graphql';
import { ViewerLoaderSource } from '../accord-log/viewer.loaders.js';
import { AccordLoaderSource } from '../accords/accords.loaders.js';
import {
  answerTrueUntil,
  type GraphqlContext,
  type NoArgs,
} from '../common/graphql/graphql-context.js';
import { AmendmentModel } from '../drafting/models/drafting.models.js';
import { IdentityLoaderSource } from '../identity/identity.loaders.js';
import { toOrganizationModel } from '../identity/models/identity.mappers.js';
import { ViewerBallotModel } from './models/viewer-ballot.model.js';
import { ballotRefusal, closeVotingRefusal, openVotingRefusal } from './voting-actions.js';
import { asksForCoSponsors, sponsorsMissing } from './sponsor-minimum.js';
import { VotingLoaderSource } from './voting.loaders.js';
import { toBallotModel } from './voting.resolver.js';
import { referenced } from '../common/graphql/loaders.js';

/** What the signed-in caller may do about an amendment's vote (false or empty when anonymous). */
@Resolver(() => AmendmentModel)
export class VotingViewerResolver {
  constructor(
    private readonly viewerLoaders: ViewerLoaderSource,
    private readonly accordLoaders: AccordLoaderSource,
    private readonly votingLoaders: VotingLoaderSource,
    private readonly identityLoaders: IdentityLoaderSource,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'The vote is running and the caller may cast the ballot of an organization',
  })
  async viewerCanVote(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(amendment.accordId);
    const canVote =
      (standing?.votingOrganizationIds.length ?? 0) > 0 &&
      ballotRefusal(amendment, new Date()) === null;
    if (canVote && amendment.closesAt) answerTrueUntil(ctx, amendment.closesAt);
    return canVote;
  }

  @ResolveField(() => [ViewerBallotModel], {
    description:
      'The ballots of the organizations the caller represents in the running or last vote; under a secret ballot without their choice',
  })
  async viewerBallots(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<ViewerBallotModel[]> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(amendment.accordId);
    const represented = new Set(standing?.representedOrganizationIds ?? []);
    if (represented.size === 0) return [];
    const [accord, ballots] = await Promise.all([
      this.accordLoaders.of(ctx).accordById.load(amendment.accordId),
      this.votingLoaders.of(ctx).ballotsByAmendment.load(amendment.id),
    ]);
    const secret = accord?.rule.secretBallot === true;
    const organizations = this.identityLoaders.of(ctx).organizationById;
    return Promise.all(
      ballots
        .filter((ballot) => represented.has(ballot.organizationId))
        .map(async (ballot) => {
          const { receipt, choice, explanation, castAt } = toBallotModel(
            ballot,
            amendment.accordId,
          );
          return Object.assign(new ViewerBallotModel(), {
            organization: toOrganizationModel(
              referenced(
                await organizations.load(ballot.organizationId),
                `organization ${ballot.organizationId}`,
              ),
            ),
            // As its receipt: that it was cast, and when; never what, while it is secret.
            choice: secret ? null : choice,
            explanation: secret ? null : explanation,
            castAt,
            receipt,
          });
        }),
    );
  }

  @ResolveField(() => Boolean, { description: 'The caller may open its vote (facilitator)' })
  async viewerCanOpenVoting(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(amendment.accordId);
    if (standing === null || openVotingRefusal(amendment, standing.isFacilitator) !== null)
      return false;
    // The rule's minimum of co-sponsors, as openVoting asks it.
    const accord = await this.accordLoaders.of(ctx).accordById.load(amendment.accordId);
    if (!accord || !asksForCoSponsors(accord.rule)) return true;
    const counts = await this.votingLoaders.of(ctx).sponsorCountsByAmendment.load(amendment.id);
    return counts !== null && sponsorsMissing(accord.rule, counts) === null;
  }

  @ResolveField(() => Boolean, { description: 'The caller may close its vote (facilitator)' })
  async viewerCanCloseVoting(
    amendment: AmendmentModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<boolean> {
    const standing = await this.viewerLoaders.of(ctx).standingIn(amendment.accordId);
    return standing !== null && closeVotingRefusal(amendment, standing.isFacilitator) === null;
  }
}
