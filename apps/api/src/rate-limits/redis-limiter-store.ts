import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
} from 'rate-limiter-flexible';
import { REDIS_KEY_PREFIX } from '../common/redis/shared-redis.js';
import type { CounterOptions, LimiterStore } from './limiter-store.js';
import type { SocketLeases } from './socket-leases.js';

/** `plenary:socket-leases:<userId>`: a sorted set of his sockets, scored by their expiry (ms). */
const LEASES = `${REDIS_KEY_PREFIX}socket-leases:`;
/** `plenary:socket-lease:<socketId>`: whose socket it is, so it can be released by its id. */
const OWNER = `${REDIS_KEY_PREFIX}socket-lease:`;

const NOW_MS = `local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)`;

// KEYS: the user's leases, the socket's owner. ARGV: socket id, user id, ttl ms, max.
// Redis runs a script alone, so the count and the take are one step (PostgreSQL: an advisory lock).
const ACQUIRE = `${NOW_MS}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local ttl = tonumber(ARGV[3])
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then
  return 0
end
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('SET', KEYS[2], ARGV[2], 'PX', ttl)
return 1`;

// KEYS: the socket's owner. ARGV: the leases prefix, socket id.
const RELEASE = `local user = redis.call('GET', KEYS[1])
if user then redis.call('ZREM', ARGV[1] .. user, ARGV[2]) end
redis.call('DEL', KEYS[1])
return 1`;

// ARGV: the leases prefix, the owner prefix, ttl ms, then socket ids. Only leases still held.
const RENEW = `${NOW_MS}
local ttl = tonumber(ARGV[3])
for i = 4, #ARGV do
  local owner = ARGV[2] .. ARGV[i]
  local user = redis.call('GET', owner)
  if user then
    local leases = ARGV[1] .. user
    if redis.call('ZSCORE', leases, ARGV[i]) then
      redis.call('ZADD', leases, now + ttl, ARGV[i])
      redis.call('PEXPIRE', leases, ttl)
    end
    redis.call('PEXPIRE', owner, ttl)
  end
end
return 1`;

/** Socket leases in Redis: what PostgresSocketLeases does, with keys that expire by themselves. */
export class RedisSocketLeases implements SocketLeases {
  constructor(private readonly redis: Redis) {}

  async acquire(userId: string, socketId: string, max: number, ttl: number): Promise<boolean> {
    const keys = [LEASES + userId, OWNER + socketId];
    const taken = await this.redis.eval(ACQUIRE, 2, ...keys, socketId, userId, ttl * 1000, max);
    return taken === 1;
  }

  async release(socketId: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, OWNER + socketId, LEASES, socketId);
  }

  async renew(socketIds: string[], ttl: number): Promise<void> {
    if (socketIds.length === 0) return;
    await this.redis.eval(RENEW, 0, LEASES, OWNER, ttl * 1000, ...socketIds);
  }

  /** Nothing to sweep: the keys expire, and a user's expired leases go when he connects. */
  sweep(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * The limits' counts in Redis when REDIS_URL is set: rate-limiter-flexible's RateLimiterRedis
 * for the counters (keys `plenary:<name>:<key>`), RedisSocketLeases for the sockets. While Redis
 * is away each instance counts alone (the insurance limiter), as with PostgreSQL.
 */
export class RedisLimiterStore implements LimiterStore {
  readonly socketLeases: RedisSocketLeases;

  constructor(private readonly redis: Redis) {
    this.socketLeases = new RedisSocketLeases(redis);
  }

  counter({ name, points, durationSeconds }: CounterOptions): RateLimiterAbstract {
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: `${REDIS_KEY_PREFIX}${name}`,
      points,
      duration: durationSeconds,
      // Not connected: straight to the insurance, without waiting for a timeout.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({
        keyPrefix: name,
        points,
        duration: durationSeconds,
      }),
    });
  }

  sweep(): Promise<void> {
    return Promise.resolve();
  }
}
