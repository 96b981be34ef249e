import { Controller, Get, HttpException, Inject, Logger, Optional } from '@nestjs/common';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { SHARED_REDIS, type SharedRedis } from '../common/redis/shared-redis.js';
import { Readiness } from './readiness.js';

/**
 * `/health/live`: the process serves HTTP (no dependency checked: restarting the API would not
 * bring a database back). `/health/ready` and `/health`: migrations done, the demo loaded when
 * one is loading, the embedded PostgreSQL running, the database answering `SELECT 1`, and Redis
 * answering `PING` when REDIS_URL is set.
 */
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);
  private wasReady: boolean | null = null;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly readiness: Readiness,
    private readonly dataSource: DataSource,
    @Optional() @Inject(SHARED_REDIS) private readonly redis: SharedRedis | null = null,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.ready();
  }

  @Get('ready')
  @HealthCheck()
  async ready(): Promise<HealthCheckResult> {
    try {
      const result = await this.health.check([
        () => this.migrations(),
        () => this.demo(),
        () => this.databaseUp(),
        ...(this.redis ? [() => this.redisUp(this.redis!)] : []),
      ]);
      this.changed(true, result);
      return result;
    } catch (error) {
      this.changed(false, error instanceof HttpException ? error.getResponse() : error);
      throw error;
    }
  }

  private migrations() {
    const check = this.indicators.check('migrations');
    return this.readiness.migrations ? check.up() : check.down({ message: 'migrating' });
  }

  private demo() {
    const check = this.indicators.check('demo');
    const state = this.readiness.demo;
    return this.readiness.demoDone ? check.up({ state }) : check.down({ state });
  }

  private databaseUp() {
    const process = this.readiness.databaseProcessState;
    if (process !== null && process !== 'running') {
      return this.indicators.check('database').down({ process });
    }
    // The data source is given: without it Terminus finds it through a dynamic import of
    // @nestjs/typeorm, which in the bundled API (scripts/bundle-api.mjs) is a second copy whose
    // token matches nothing.
    return this.database.pingCheck('database', { connection: this.dataSource, timeout: 2000 });
  }

  private async redisUp(redis: SharedRedis) {
    const check = this.indicators.check('redis');
    try {
      await redis.ping(2000);
      return check.up();
    } catch (error) {
      return check.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Logged when readiness changes, not at every probe. */
  private changed(ready: boolean, details: unknown): void {
    if (this.wasReady === ready) return;
    if (ready) this.logger.log('ready');
    else if (this.wasReady) this.logger.warn({ health: details }, 'not ready');
    this.wasReady = ready;
  }
}
