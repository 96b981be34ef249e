import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app.js';

/**
 * How many SQL statements the app sends while `run` runs: through TypeORM's query runners (every
 * instance in this process: they share the class), and the named reads that `readQuery` sends
 * straight to this app's pool (the loaders, access and head checks). Start the app with
 * BACKGROUND_JOBS_ASLEEP: the periodic jobs' statements would be counted too.
 */
export async function statementsDuring(api: TestApp, run: () => Promise<unknown>): Promise<number> {
  return (await sqlDuring(api, run)).length;
}

/** The text of each statement counted by `statementsDuring`, in the order sent. */
export async function sqlDuring(api: TestApp, run: () => Promise<unknown>): Promise<string[]> {
  const dataSource = api.app.get(DataSource);
  const runner = dataSource.createQueryRunner();
  const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => unknown };
  await runner.release();
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const original = prototype.query;
  const poolQuery = Object.prototype.hasOwnProperty.call(pool, 'query') ? pool.query : undefined;
  const statements: string[] = [];
  const textOf = (query: unknown) =>
    typeof query === 'string' ? query : String((query as { text?: unknown }).text);
  prototype.query = function (this: unknown, ...args: unknown[]) {
    statements.push(textOf(args[0]));
    return original.apply(this, args);
  };
  const inherited = pool.query;
  pool.query = function (this: Pool, ...args: unknown[]) {
    statements.push(textOf(args[0]));
    return (inherited as (...a: unknown[]) => unknown).apply(this, args);
  } as Pool['query'];
  try {
    await run();
  } finally {
    prototype.query = original;
    if (poolQuery) pool.query = poolQuery;
    else delete (pool as { query?: unknown }).query;
  }
  return statements;
}
