import { Module } from '@nestjs/common';
import { DraftingModule } from '../drafting/drafting.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { HistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';
import { ExportController } from './export/export.controller.js';
import { ExportService } from './export/export.service.js';
import { TextHistoryService } from './text-history.service.js';

@Module({
  imports: [AccordLogModule, DraftingModule, RateLimitsModule],
  controllers: [ExportController],
  providers: [HistoryService, TextHistoryService, ExportService, HistoryResolver],
  exports: [HistoryService],
})
export class HistoryModule {}
