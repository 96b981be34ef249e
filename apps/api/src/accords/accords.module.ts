import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParticipantEntity } from './participant.entity.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AccordLoaderSource } from './accords.loaders.js';
import { AccordsResolver, ParticipantResolver } from './accords.resolver.js';
import { AddParticipantUseCase } from './add-participant.usecase.js';
import { CreateAccordUseCase } from './create-accord.usecase.js';
import { SetDecisionRuleUseCase } from './set-decision-rule.usecase.js';
import { SetProposalWindowUseCase } from './set-proposal-window.usecase.js';
import { AccordViewerResolver } from './accord-viewer.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([ParticipantEntity]), IdentityModule, AccordLogModule],
  providers: [
    AccordLoaderSource,
    CreateAccordUseCase,
    SetDecisionRuleUseCase,
    SetProposalWindowUseCase,
    AddParticipantUseCase,
    AccordsResolver,
    ParticipantResolver,
    AccordViewerResolver,
  ],
  exports: [AccordLoaderSource],
})
export class AccordsModule {}
