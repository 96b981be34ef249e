import { Module } from '@nestjs/common';
import { AccordsModule } from '../accords/accords.module.js';
import { DraftingModule } from '../drafting/drafting.module.js';
import { EventLogModule } from '../history/event-log.module.js';
import { BallotReceiptsService } from './ballot-receipts.service.js';
import { CastBallotUseCase } from './cast-ballot.usecase.js';
import { CloseVotingUseCase } from './close-voting.usecase.js';
import { OpenVotingUseCase } from './open-voting.usecase.js';
import { VotingDeadlineScheduler } from './voting-deadline.scheduler.js';
import { AmendmentVotingRoundsResolver, VotingRoundResolver } from './voting-round.resolver.js';
import { BallotReceiptResolver, BallotResolver, VotingResolver } from './voting.resolver.js';

@Module({
  imports: [AccordsModule, DraftingModule, EventLogModule],
  providers: [
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
  ],
  exports: [VotingDeadlineScheduler],
})
export class VotingModule {}
