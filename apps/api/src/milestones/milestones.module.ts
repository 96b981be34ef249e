import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { MarkMilestoneUseCase } from './mark-milestone.usecase.js';
import { MilestoneEntity } from './milestone.entity.js';
import { AccordMilestonesResolver, MilestoneResolver } from './milestones.resolver.js';
import { MilestoneLoaderSource } from './milestones.loaders.js';

/** Named moments of an accord's text, marked by its facilitator. */
@Module({
  imports: [TypeOrmModule.forFeature([MilestoneEntity]), IdentityModule, AccordLogModule],
  providers: [
    MilestoneLoaderSource,
    MarkMilestoneUseCase,
    AccordMilestonesResolver,
    MilestoneResolver,
  ],
})
export class MilestonesModule {}
