import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';

/**
 * Through a pooler the API cannot set its session settings (PgBouncer refuses the `options`
 * startup parameter): the pooler's `connect_query` or the role's defaults must. Says so once at
 * start when the statement timeout the pooled connections have is not the configured one.
 */
export async function checkPooledSettings(
  dataSource: DataSource,
  config: AppConfig,
  logger: Logger,
): Promise<void> {
  try {
    const [row] = await dataSource.query<{ ms: string }[]>(
      `SELECT (extract(epoch FROM current_setting('statement_timeout')::interval) * 1000)::bigint AS ms`,
    );
    const actual = Number(row?.ms);
    if (actual !== config.database.statementTimeoutMs) {
      logger.warn(
        { expected: config.database.statementTimeoutMs, actual },
        'the pooled connections do not have PLENARY_DB_STATEMENT_TIMEOUT_MS as their statement_timeout: set it in the pooler (connect_query) or on the role (README, "Deploying")',
      );
    }
  } catch (error) {
    logger.warn({ err: error }, 'could not read the pooled connections’ statement_timeout');
  }
}
