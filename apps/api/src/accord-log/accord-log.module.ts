import { Module } from '@nestjs/common';
import { ReadReplicaModule } from '../database/read-replica.module.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccordEntity } from './accord.entity.js';
import { AccordEventEntity } from './accord-event.entity.js';
import { AccordAccessService } from './accord-access.service.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { CommittedEvents } from './committed-events.js';
import { EventLogService } from './event-log.service.js';
import { ViewerLoaderSource } from './viewer.loaders.js';

/**
 * The bottom of every feature: the one writer of the event log (and signer of its checkpoints)
 * and the rule of who may see and act in an accord. Features import it; it imports no feature.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AccordEntity, AccordEventEntity]), ReadReplicaModule],
  providers: [
    EventLogService,
    CheckpointSigner,
    AccordAccessService,
    CommittedEvents,
    ViewerLoaderSource,
  ],
  exports: [
    ReadReplicaModule,
    EventLogService,
    CheckpointSigner,
    AccordAccessService,
    CommittedEvents,
    ViewerLoaderSource,
  ],
})
export class AccordLogModule {}
