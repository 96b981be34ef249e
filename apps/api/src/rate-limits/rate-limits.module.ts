import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { SHARED_REDIS, type SharedRedis } from '../common/redis/shared-redis.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { createLimiterStore, LIMITER_STORE, type LimiterStore } from './limiter-store.js';
import { OperationLimits } from './operation-limits.js';
import { RegistrationThrottle } from './registration-throttle.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { SocketAllowance } from './socket-allowance.js';

/** The limits on what one client may ask, kept in a store every instance shares (README, "Limits"). */
@Module({
  providers: [
    {
      provide: LIMITER_STORE,
      inject: [DataSource, { token: SHARED_REDIS, optional: true }],
      // Redis when configured; else TypeORM's pool: no extra connections, and the same database
      // as everything else.
      useFactory: (dataSource: DataSource, redis: SharedRedis | null | undefined) =>
        createLimiterStore(
          (dataSource.driver as unknown as { master: Pool }).master,
          redis ?? null,
          randomUUID(),
        ),
    },
    {
      provide: SignInThrottle,
      inject: [LIMITER_STORE, APP_CONFIG],
      useFactory: (store: LimiterStore, config: AppConfig) =>
        new SignInThrottle(store, config.limits),
    },
    {
      provide: RegistrationThrottle,
      inject: [LIMITER_STORE, APP_CONFIG],
      useFactory: (store: LimiterStore, config: AppConfig) =>
        new RegistrationThrottle(store, config.limits),
    },
    OperationLimits,
    SocketAllowance,
  ],
  exports: [SignInThrottle, RegistrationThrottle, OperationLimits, SocketAllowance],
})
export class RateLimitsModule {}
