import { type DynamicModule, Global, Module } from '@nestjs/common';
import { SHARED_REDIS, type SharedRedis } from './shared-redis.js';

/**
 * Provides SHARED_REDIS everywhere: the process's connections to Redis, or null without
 * REDIS_URL. Made and closed by createApi (bootstrap.ts), which checks at start that Redis
 * answers; the features choose their Redis or PostgreSQL implementation from it.
 */
@Global()
@Module({})
export class RedisModule {
  static forRoot(redis: SharedRedis | null): DynamicModule {
    return {
      module: RedisModule,
      providers: [{ provide: SHARED_REDIS, useValue: redis }],
      exports: [SHARED_REDIS],
    };
  }
}
