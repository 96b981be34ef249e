import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import type { SharedRedis } from '../common/redis/shared-redis.js';

/** The adapter calls these without waiting for them: their failures are caught and logged here. */
const UNAWAITED = new Set(['publish', 'subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe']);

/**
 * The client as the adapter sees it: publishing (and subscribing) never leaves a rejected
 * promise unhandled — Redis being away must not end the process; a broadcast it could not send
 * is lost, as it is with the Postgres adapter when PostgreSQL is away (presence tells the room
 * again at its next heartbeat; the accord log never goes through the adapter).
 */
function withFailuresLogged(client: Redis, logger: Logger): Redis {
  let failing = false;
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof property !== 'string' || !UNAWAITED.has(property)) return method.bind(target);
      return (...args: unknown[]) => {
        const result = method.apply(target, args);
        if (result instanceof Promise) {
          result.then(
            () => (failing = false),
            (error: unknown) => {
              if (failing) return;
              failing = true;
              logger.warn({ err: error, command: property }, 'socket adapter cannot reach Redis');
            },
          );
        }
        return result;
      };
    },
  });
}

/**
 * socket.io on the HTTP server, with @socket.io/redis-adapter when REDIS_URL is set: broadcasts
 * (presence, personal rooms) reach every instance through Redis pub/sub instead of PostgreSQL's
 * NOTIFY. Publishing uses the shared command connection; subscriptions their own.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly log = new Logger(RedisIoAdapter.name);

  constructor(
    app: INestApplicationContext,
    private readonly redis: SharedRedis,
    private readonly subscriber: Redis,
  ) {
    super(app);
  }

  /** The subscriber connection is opened first: createIOServer cannot wait. */
  static async create(app: INestApplicationContext, redis: SharedRedis): Promise<RedisIoAdapter> {
    return new RedisIoAdapter(app, redis, await redis.subscriber());
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, options);
    server.adapter(
      createAdapter(
        withFailuresLogged(this.redis.client, this.log),
        withFailuresLogged(this.subscriber, this.log),
        { key: 'plenary:socket.io' },
      ),
    );
    return server;
  }
}
