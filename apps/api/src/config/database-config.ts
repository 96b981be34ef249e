import { readInteger } from './read-integer.js';

/** How the API uses PostgreSQL (README, "Configuration"). */
export interface DatabaseConfig {
  database: {
    /** Pooled connections per instance (the LISTEN and socket-adapter connections are apart). */
    poolSize: number;
    /** A statement running longer is cancelled (0: never); migrations are not limited. */
    statementTimeoutMs: number;
  };
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
