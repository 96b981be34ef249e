import { findRedisServer, startRedisServer } from '../../bench/lib/redis-server.mjs';

/**
 * Where the API instances of a cross-instance spec share what is not the accords' data (the
 * socket.io adapter, presence, the limits): PostgreSQL, as by default, or a Redis of the
 * spec's own (REDIS_URL). The cross-instance specs run their scenarios once with each.
 */
export interface SharedStore {
  readonly name: 'PostgreSQL' | 'Redis';
  /** Starts what it needs (Redis: its own redis-server on a free port). */
  start(): Promise<void>;
  /** What an API instance's environment needs to use it (after start). */
  env(): Record<string, string>;
  stop(): Promise<void>;
}

const postgres: SharedStore = {
  name: 'PostgreSQL',
  start: () => Promise.resolve(),
  env: () => ({}),
  stop: () => Promise.resolve(),
};

/** What bench/lib/redis-server.mjs's startRedisServer gives. */
export interface RedisServer {
  url: string;
  port: number;
  pid: number | undefined;
  /** SIGTERM. */
  stop(): Promise<void>;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
}

/** A Redis of the spec's own; `server` is there for specs that stop or kill it. */
export class RedisStore implements SharedStore {
  readonly name = 'Redis';
  server: RedisServer | null = null;

  async start(): Promise<void> {
    this.server = await startRedisServer();
  }

  env(): Record<string, string> {
    if (!this.server) throw new Error('start the Redis store first');
    return { REDIS_URL: this.server.url };
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = null;
  }
}

/** Why Redis cannot be used here, or null when redis-server is installed. */
export function redisMissing(): string | null {
  return findRedisServer().reason;
}

/**
 * PostgreSQL, and Redis unless redis-server is missing (then the spec says so: `.ci/run`
 * installs it, so CI never skips). For `describe.each`.
 */
export function sharedStores(spec: string): [string, SharedStore][] {
  const missing = redisMissing();
  if (missing) console.warn(`${spec}: the Redis runs are skipped: ${missing}`);
  const stores: SharedStore[] = missing ? [postgres] : [postgres, new RedisStore()];
  return stores.map((store) => [store.name, store]);
}
