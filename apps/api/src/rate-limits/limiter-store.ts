import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
} from 'rate-limiter-flexible';
import type { Pool } from 'pg';
import { PostgresSocketLeases, type SocketLeases } from './socket-leases.js';

export interface CounterOptions {
  /** Names the counter: its keys are stored as `<name>:<key>`. */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * Where the limits keep their counts, shared by every API instance. PostgreSQL is the one store
 * today; a Redis store is another implementation of this interface (rate-limiter-flexible's
 * RateLimiterRedis for the counters, a sorted set per user for the leases), chosen in
 * `createLimiterStore`, with nothing else to change.
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

export function createLimiterStore(pool: Pool, instanceId: string): LimiterStore {
  return new PostgresLimiterStore(pool, instanceId);
}
