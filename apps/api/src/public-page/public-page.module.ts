import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { PublicAccordReader } from './public-accord.reader.js';
import { PublicPageController } from './public-page.controller.js';

/** The public page of a final accord, readable without signing in (opt-in by its facilitator). */
@Module({
  imports: [RateLimitsModule, IncidentsModule],
  controllers: [PublicPageController],
  providers: [PublicAccordReader],
})
export class PublicPageModule {}
