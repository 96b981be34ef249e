import { Module } from '@nestjs/common';
import { AccordsModule } from '../accords/accords.module.js';
import { EventLogModule } from './event-log.module.js';
import { HistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';

@Module({
  imports: [AccordsModule, EventLogModule],
  providers: [HistoryService, HistoryResolver],
  exports: [HistoryService],
})
export class HistoryModule {}
