import { Module } from '@nestjs/common';
import { AccordAccessService } from './accord-access.service.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { EventLogService } from './event-log.service.js';

/**
 * The bottom of every feature: the one writer of the event log (and signer of its checkpoints)
 * and the rule of who may see and act in an accord. Features import it; it imports no feature.
 */
@Module({
  providers: [EventLogService, CheckpointSigner, AccordAccessService],
  exports: [EventLogService, CheckpointSigner, AccordAccessService],
})
export class AccordLogModule {}
