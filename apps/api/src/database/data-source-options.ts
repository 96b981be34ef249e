import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { pgTypes } from './timestamptz.js';

/** The pool and its limits: migrations and tools take 2 connections and no statement timeout. */
export interface PoolOptions {
  poolSize: number;
  statementTimeoutMs: number;
  /**
   * Set when `url` is a pooler in transaction mode (DATABASE_DIRECT_URL given): PgBouncer refuses
   * the `options` startup parameter, so the session settings are left to it (README, "Deploying").
   */
  directUrl?: string | null;
}

export function dataSourceOptions(
  url: string,
  { poolSize, statementTimeoutMs, directUrl = null }: PoolOptions = {
    poolSize: 2,
    statementTimeoutMs: 0,
  },
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // No entity list here: each feature module registers its own (TypeOrmModule.forFeature) and
    // AppModule loads them (autoLoadEntities). Migrations are SQL and need none: the migrating
    // data source (migrate.ts) runs without entities.
    entities: [],
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    poolSize,
    extra: {
      application_name: 'plenary-api',
      // Every transaction of the API is READ COMMITTED (inTransaction retries what it must), set
      // once per connection rather than by a SET TRANSACTION round trip in each transaction.
      // A statement past the timeout is cancelled (the caller is told SERVICE_UNAVAILABLE and
      // the connection goes back to the pool) rather than holding a connection and its locks.
      ...(directUrl === null && {
        options: `-c default_transaction_isolation=read\\ committed -c statement_timeout=${statementTimeoutMs}`,
      }),
      types: pgTypes,
    },
  };
}
