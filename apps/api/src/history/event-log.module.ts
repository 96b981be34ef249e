import { Module } from '@nestjs/common';
import { EventLogService } from './event-log.service.js';

/** The one writer of the event log; every feature that changes an accord uses it. */
@Module({ providers: [EventLogService], exports: [EventLogService] })
export class EventLogModule {}
