import { pino } from 'pino';
import { ConfigError, readDatabaseUrl } from '../config/config.js';
import { withSecretFiles } from '../config/secret-files.js';
import { runMigrations } from './migrate.js';

/**
 * `node apps/api/dist/main.js migrate`: runs the pending migrations and exits, for a release step
 * before new instances start (the Kubernetes Job in docker/k8s). It needs only DATABASE_URL (or
 * DATABASE_URL_FILE). Instances still migrate when they start, under the same advisory lock, so
 * running it is never required; it makes a failed migration stop a rollout before any new
 * instance takes traffic. Resolves to the process's exit code.
 */
export async function migrateCommand(
  environment: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const log = pino({ level: environment.LOG_LEVEL?.trim() || 'info', name: 'plenary' });
  let databaseUrl: string | null;
  try {
    databaseUrl = readDatabaseUrl(withSecretFiles(environment));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 78;
  }
  if (!databaseUrl) {
    process.stderr.write('Invalid configuration: DATABASE_URL is required to migrate\n');
    return 78;
  }
  try {
    const applied = await runMigrations(databaseUrl);
    log.info({ applied }, applied.length ? 'migrations applied' : 'no pending migrations');
    return 0;
  } catch (error) {
    log.fatal({ err: error }, 'migrations failed');
    return 1;
  }
}
