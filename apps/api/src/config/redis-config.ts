import { ConfigError } from './config.js';

/** Where the API keeps what PostgreSQL keeps by default (README, "Redis"). */
export interface RedisConfig {
  /**
   * `redis://` or `rediss://` (TLS): with it, the socket.io adapter, presence and the rate
   * limits use Redis; without it (null), PostgreSQL does everything.
   */
  redisUrl: string | null;
}

export function readRedisConfig(env: NodeJS.ProcessEnv): RedisConfig {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return { redisUrl: null };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'REDIS_URL',
      'is not a URL (expected redis://[:password@]host:6379[/db])',
    );
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError(
      'REDIS_URL',
      `must start with redis:// or rediss:// (got "${url.protocol}")`,
    );
  }
  if (!url.hostname) throw new ConfigError('REDIS_URL', 'must name a host (redis://host:6379)');
  const db = url.pathname.replace(/^\//, '');
  if (db !== '' && (!/^\d+$/.test(db) || Number(db) > 15)) {
    throw new ConfigError(
      'REDIS_URL',
      `may end with a database number from 0 to 15, nothing else (got "/${db}")`,
    );
  }
  if (url.search || url.hash) {
    throw new ConfigError('REDIS_URL', 'takes no query string or fragment');
  }
  return { redisUrl: raw };
}
