import { Module } from '@nestjs/common';
import { DraftingModule } from '../drafting/drafting.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { HistoryResolver } from './history.resolver.js';
import { HistoryService } from './history.service.js';
import { ExportController } from './export/export.controller.js';
import { ExportService } from './export/export.service.js';
import { TextHistoryService } from './text-history.service.js';
import { AccordDiffResolver } from './accord-diff.resolver.js';
import { AccordDiffService } from './accord-diff.service.js';

@Module({
  imports: [AccordLogModule, DraftingModule, RateLimitsModule],
  controllers: [ExportController],
  providers: [
    HistoryService,
    TextHistoryService,
    AccordDiffService,
    ExportService,
    HistoryResolver,
    AccordDiffResolver,
  ],
  exports: [HistoryService],
})
export class HistoryModule {}
