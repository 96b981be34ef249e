import { Module } from '@nestjs/common';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { DraftingModule } from '../drafting/drafting.module.js';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { ComparisonResolver } from './comparison.resolver.js';

/** Read-only: norm frameworks laid beside an accord's text, norm by norm. */
@Module({
  imports: [AccordLogModule, DraftingModule, FrameworksModule],
  providers: [ComparisonResolver],
})
export class ComparisonModule {}
