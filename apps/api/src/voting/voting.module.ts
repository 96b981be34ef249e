import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BallotEntity } from './ballot.entity.js';
import { VotingRoundEntity } from './voting-round.entity.js';
import { AccordsModule } from '../accords/accords.module.js';
import { DraftingModule } from '../drafting/drafting.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { BallotReceiptsService } from './ballot-receipts.service.js';
import { CastBallotUseCase } from './cast-ballot.usecase.js';
import { CloseVotingUseCase } from './close-voting.usecase.js';
import { OpenVotingUseCase } from './open-voting.usecase.js';
import { VotingDeadlineScheduler } from './voting-deadline.scheduler.js';
import { AmendmentVotingRoundsResolver, VotingRoundResolver } from './voting-round.resolver.js';
import { VotingLoaderSource } from './voting.loaders.js';
import { VotingViewerResolver } from './voting-viewer.resolver.js';
import { RunningVoteRounds } from './voting-rounds.js';
import { RunningVote } from '../drafting/running-vote.js';
import {
  BallotChangeResolver,
  BallotReceiptResolver,
  BallotResolver,
  VotingResolver,
} from './voting.resolver.js';

/**
 * Gives drafting its RunningVote from here. Global, so that drafting, below voting, gets it
 * without importing voting (an interface injected from above).
 */
@Global()
@Module({
  providers: [{ provide: RunningVote, useClass: RunningVoteRounds }],
  exports: [RunningVote],
})
export class RunningVoteModule {}

@Module({
  imports: [
    TypeOrmModule.forFeature([BallotEntity, VotingRoundEntity]),
    RunningVoteModule,
    AccordLogModule,
    IdentityModule,
    AccordsModule,
    DraftingModule,
  ],
  providers: [
    VotingLoaderSource,
    OpenVotingUseCase,
    CastBallotUseCase,
    CloseVotingUseCase,
    VotingDeadlineScheduler,
    VotingResolver,
    BallotResolver,
    AmendmentVotingRoundsResolver,
    VotingRoundResolver,
    BallotReceiptsService,
    BallotReceiptResolver,
    BallotChangeResolver,
    VotingViewerResolver,
  ],
  exports: [VotingDeadlineScheduler],
})
export class VotingModule {}
