import { Logger } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { DomainError, DomainErrorCode } from '../errors/domain-error.js';

/** Token of the process's SharedRedis, or null when REDIS_URL is unset (PostgreSQL does it all). */
export const SHARED_REDIS = Symbol('SHARED_REDIS');

/** Every key Plenary writes starts with this, so a Redis may be shared with other programs. */
export const REDIS_KEY_PREFIX = 'plenary:';

const CONNECT_TIMEOUT_MS = 10_000;
/** A command that takes longer fails (a stalled Redis must not hold requests). */
const COMMAND_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 2_000;

/** The URL without its password, for messages. */
export function redactedRedisUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * The API's connections to Redis when REDIS_URL is set: one for commands (presence, the limits,
 * readiness, the socket.io adapter's publishing) and one more per socket.io adapter for its
 * subscriptions. Commands are never queued while Redis is away: they fail at once (and the
 * caller answers SERVICE_UNAVAILABLE, or counts alone), as with PostgreSQL; the connections
 * come back by themselves, and the subscriptions with them.
 */
export class SharedRedis {
  private readonly logger = new Logger(SharedRedis.name);
  private readonly subscribers = new Set<Redis>();

  private constructor(
    readonly url: string,
    readonly client: Redis,
  ) {
    this.watch(client, 'commands');
  }

  /** Connects and checks that Redis answers; throws a clear error saying where it looked. */
  static async connect(url: string): Promise<SharedRedis> {
    const client = new Redis(url, connectionOptions('plenary-commands'));
    client.on('error', () => undefined); // reported by watch() once connected; here by the throw
    try {
      await withTimeout(client.connect(), CONNECT_TIMEOUT_MS);
      await client.ping();
    } catch (error) {
      client.disconnect();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Cannot reach Redis at ${redactedRedisUrl(url)} (REDIS_URL): ${reason}`, {
        cause: error,
      });
    }
    return new SharedRedis(url, client);
  }

  /** A new connection in subscriber mode for a socket.io adapter; closed with the others. */
  async subscriber(): Promise<Redis> {
    // Subscribing is queued until connected, and ioredis subscribes again after a reconnection.
    const client = new Redis(this.url, {
      ...connectionOptions('plenary-socket-adapter'),
      enableOfflineQueue: true,
    });
    this.watch(client, 'socket adapter');
    this.subscribers.add(client);
    await withTimeout(client.connect(), CONNECT_TIMEOUT_MS);
    return client;
  }

  /** For readiness: Redis answers PING within `timeoutMs`. */
  async ping(timeoutMs = 2_000): Promise<void> {
    if (this.client.status !== 'ready')
      throw new Error(`Redis connection is ${this.client.status}`);
    await withTimeout(this.client.ping(), timeoutMs);
  }

  /** After what was sent is answered (QUIT); at once if Redis is away. */
  async close(): Promise<void> {
    const clients = [...this.subscribers, this.client];
    this.subscribers.clear();
    await Promise.all(
      clients.map(async (client) => {
        if (client.status !== 'ready') return client.disconnect();
        await withTimeout(client.quit(), COMMAND_TIMEOUT_MS).catch(() => client.disconnect());
      }),
    );
  }

  /** Logs a lost connection once (not every reconnection attempt), and its return. */
  private watch(client: Redis, what: string): void {
    let down = false;
    client.on('error', (error: Error) => {
      if (down) return;
      down = true;
      this.logger.warn({ err: error, connection: what }, 'Redis unavailable; reconnecting');
    });
    client.on('close', () => {
      if (client.status === 'end') return;
      down = true;
    });
    client.on('ready', () => {
      if (!down) return;
      down = false;
      this.logger.log({ connection: what }, 'Redis is back');
    });
  }
}

function connectionOptions(name: string): RedisOptions {
  return {
    lazyConnect: true,
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt: number) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs a Redis call; a connection problem (Redis away, a command timed out) becomes the same
 * refusal as a database that does not answer: SERVICE_UNAVAILABLE for the client, a warning
 * without a stack in the log. An error Redis itself answered (a script's bug) stays one.
 */
export async function onRedis<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    // redis-errors' ReplyError: Redis answered, so it is there.
    if (error instanceof Error && error.name === 'ReplyError') throw error;
    throw new DomainError(
      DomainErrorCode.DATABASE_UNAVAILABLE,
      'The shared store (Redis) is unavailable; try again shortly',
    );
  }
}
