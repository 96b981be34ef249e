import type { DataSource, EntityManager } from 'typeorm';
import { sqlStateOf } from './sql-state.js';

/** SQLSTATEs after which the whole transaction can simply be run again. */
const RETRYABLE = new Set(['40001', '40P01']);

function isRetryable(error: unknown): boolean {
  const code = sqlStateOf(error);
  return code !== null && RETRYABLE.has(code);
}

/**
 * Runs `work` in a transaction, retrying serialization failures and deadlocks with jittered
 * backoff so that clients never see them.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  attempts = 8,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      // READ COMMITTED: the default of every connection (see dataSourceOptions), so that
      // starting a transaction costs one statement, not two.
      return await dataSource.transaction(work);
    } catch (error) {
      if (!isRetryable(error) || attempt >= attempts) throw error;
      const delay = Math.random() * 5 * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
