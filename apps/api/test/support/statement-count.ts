import { DataSource } from 'typeorm';
import type { TestApp } from './test-app.js';

/**
 * How many SQL statements the app sends through TypeORM while `run` runs. Start the app with
 * BACKGROUND_JOBS_ASLEEP: the periodic jobs' statements would be counted too.
 */
export async function statementsDuring(api: TestApp, run: () => Promise<unknown>): Promise<number> {
  const runner = api.app.get(DataSource).createQueryRunner();
  const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => unknown };
  await runner.release();
  const original = prototype.query;
  let statements = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    statements++;
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    prototype.query = original;
  }
  return statements;
}
