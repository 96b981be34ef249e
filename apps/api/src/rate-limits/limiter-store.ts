import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
} from 'rate-limiter-flexible';
import type { Pool } from 'pg';
import type { SharedRedis } from '../common/redis/shared-redis.js';
import { RedisLimiterStore } from './redis-limiter-store.js';
import { PostgresSocketLeases, type SocketLeases } from './socket-leases.js';

export interface CounterOptions {
  /** Names the counter: its keys are stored as `<name>:<key>`. */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * Where the limits keep their counts, shared by every API instance: PostgreSQL by default,
 * Redis with REDIS_URL (RedisLimiterStore), chosen in `createLimiterStore`.
 */
export interface LimiterStore {
  /** A rate-limiter-flexible counter in the shared store. */
  counter(options: CounterOptions): RateLimiterAbstract;
  /** Sockets held open, per user, across instances. */
  readonly socketLeases: SocketLeases;
  /** Removes expired entries (every few minutes; nothing depends on it but the table's size). */
  sweep(): Promise<void>;
}

export const LIMITER_STORE = Symbol('LIMITER_STORE');

// Created by the migration RateLimits1764210000000, never by rate-limiter-flexible.
const TABLE = 'rate_limit';
const HOUR_MS = 3_600_000;

class PostgresLimiterStore implements LimiterStore {
  readonly socketLeases: PostgresSocketLeases;

  constructor(
    private readonly pool: Pool,
    instanceId: string,
  ) {
    this.socketLeases = new PostgresSocketLeases(pool, instanceId);
  }

  counter({ name, points, durationSeconds }: CounterOptions): RateLimiterAbstract {
    const limiter = new RateLimiterPostgres({
      storeClient: this.pool,
      storeType: 'pool',
      tableName: TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points,
      duration: durationSeconds,
      // If PostgreSQL does not answer, the instance goes on counting on its own rather than
      // refusing everyone (or letting everyone through).
      insuranceLimiter: new RateLimiterMemory({
        keyPrefix: name,
        points,
        duration: durationSeconds,
      }),
    });
    return limiter;
  }

  async sweep(): Promise<void> {
    // Rows whose window ended an hour ago (`expire` is rate-limiter-flexible's epoch ms).
    await this.pool.query(`DELETE FROM ${TABLE} WHERE expire < $1`, [Date.now() - HOUR_MS]);
    await this.socketLeases.sweep();
  }
}

export function createLimiterStore(
  pool: Pool,
  redis: SharedRedis | null,
  instanceId: string,
): LimiterStore {
  return redis ? new RedisLimiterStore(redis.client) : new PostgresLimiterStore(pool, instanceId);
}
