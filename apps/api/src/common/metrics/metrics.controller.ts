import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { Metrics } from './metrics.js';

/** `GET /metrics` in Prometheus' text format, behind PLENARY_METRICS_TOKEN when one is set. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { enabled, token } = this.config.metrics;
    res.set('Cache-Control', 'no-store');
    if (!enabled) {
      res.status(404).type('text/plain').send('Metrics are turned off (PLENARY_METRICS=false)\n');
      return;
    }
    if (token !== null && !sameSecret(authorization ?? '', `Bearer ${token}`)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="metrics"')
        .type('text/plain')
        .send('Send Authorization: Bearer <PLENARY_METRICS_TOKEN>\n');
      return;
    }
    res
      .status(200)
      .type(this.metrics.contentType)
      .send(await this.metrics.text());
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
