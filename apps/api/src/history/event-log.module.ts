import { Module } from '@nestjs/common';
import { CheckpointSigner } from './checkpoint-signer.js';
import { EventLogService } from './event-log.service.js';

/** The one writer of the event log (and signer of its checkpoints); every feature that changes an accord uses it. */
@Module({
  providers: [EventLogService, CheckpointSigner],
  exports: [EventLogService, CheckpointSigner],
})
export class EventLogModule {}
