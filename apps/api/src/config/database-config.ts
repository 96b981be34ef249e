import { ConfigError } from './config.js';

/** How the API uses PostgreSQL (README, "Configuration"). */
export interface DatabaseConfig {
  database: {
    /** Pooled connections per instance (the LISTEN and socket-adapter connections are apart). */
    poolSize: number;
    /** A statement running longer is cancelled (0: never); migrations are not limited. */
    statementTimeoutMs: number;
  };
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  [min, max]: [number, number],
  what: string,
): number {
  const raw = env[name]?.trim() || String(fallback);
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer ${what} from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv): DatabaseConfig {
  return {
    database: {
      poolSize: readInteger(env, 'PLENARY_DB_POOL_SIZE', 20, [1, 500], 'of connections'),
      statementTimeoutMs: readInteger(
        env,
        'PLENARY_DB_STATEMENT_TIMEOUT_MS',
        30_000,
        [0, 3_600_000],
        'of milliseconds',
      ),
    },
  };
}
