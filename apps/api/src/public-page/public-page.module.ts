import { Module } from '@nestjs/common';
import { MetricsModule } from '../common/metrics/metrics.module.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { PublicAccordReader } from './public-accord.reader.js';
import { PublicPageController } from './public-page.controller.js';
import { PublicPages } from './public-pages.js';

/** The public page of a final accord, readable without signing in (opt-in by its facilitator). */
@Module({
  imports: [RateLimitsModule, IncidentsModule, MetricsModule],
  controllers: [PublicPageController],
  providers: [PublicAccordReader, PublicPages],
})
export class PublicPageModule {}
