import { ConfigError } from './config.js';
import { readInteger } from './read-integer.js';
import { readBoolean } from './read-boolean.js';

/** How the API uses PostgreSQL (README, "Configuration" and "Deploying"). */
export interface DatabaseConfig {
  database: {
    /** Pooled connections per instance (the LISTEN and socket-adapter connections are apart). */
    poolSize: number;
    /** A statement running longer is cancelled (0: never); migrations are not limited. */
    statementTimeoutMs: number;
    /**
     * Where the session-bound connections go (LISTEN, the socket.io adapter, the migrations'
     * advisory lock) when DATABASE_URL is a pooler in transaction mode (PgBouncer); null: to
     * DATABASE_URL itself.
     */
    directUrl: string | null;
    /** A hot standby that may serve history, export and search reads; null: the primary. */
    readUrl: string | null;
    /**
     * Whether the loaders' reads are named (prepared once per connection). A pooler in
     * transaction mode must keep them apart per server connection (PgBouncer ≥ 1.21 with
     * max_prepared_statements), so they are off by default with DATABASE_DIRECT_URL.
     */
    namedStatements: boolean;
  };
}

/** A postgres:// URL naming a database, or null when unset. */
export function readPostgresUrl(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL (expected postgres://user:pass@host:5432/db)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `must start with postgres:// (got "${url.protocol}")`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError(name, 'must name a database (postgres://…/plenary)');
  }
  return raw;
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv): DatabaseConfig {
  const primary = readPostgresUrl(env, 'DATABASE_URL');
  const directUrl = readPostgresUrl(env, 'DATABASE_DIRECT_URL');
  const readUrl = readPostgresUrl(env, 'DATABASE_READ_URL');
  for (const [name, url] of [
    ['DATABASE_DIRECT_URL', directUrl],
    ['DATABASE_READ_URL', readUrl],
  ] as const) {
    if (url !== null && primary === null) {
      throw new ConfigError(name, 'needs DATABASE_URL (the embedded PostgreSQL has neither)');
    }
  }
  if (readUrl !== null && readUrl === primary) {
    throw new ConfigError('DATABASE_READ_URL', 'is DATABASE_URL: name the standby, or unset it');
  }
  // A pooler in transaction mode cannot keep named statements: off by default behind one.
  const namedStatements = readBoolean(env, 'PLENARY_DB_NAMED_STATEMENTS', !directUrl);
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
      directUrl,
      readUrl,
      namedStatements,
    },
  };
}
