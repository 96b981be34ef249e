import { pino } from 'pino';
import { ConfigError } from '../config/config.js';
import { readPostgresUrl } from '../config/database-config.js';
import { withSecretFiles } from '../config/secret-files.js';
import { runMigrations } from './migrate.js';

/**
 * `node apps/api/dist/main.js migrate`: runs the pending migrations and exits, for a release step
 * before new instances start (the Kubernetes Job in docker/k8s). It needs only DATABASE_URL (or
 * DATABASE_URL_FILE; DATABASE_DIRECT_URL first when set). Instances still migrate when they start, under the same advisory lock, so
 * running it is never required; it makes a failed migration stop a rollout before any new
 * instance takes traffic. Resolves to the process's exit code.
 */
export async function migrateCommand(
  environment: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const log = pino({ level: environment.LOG_LEVEL?.trim() || 'info', name: 'plenary' });
  let databaseUrl: string | null;
  try {
    // The migrations hold a session's advisory lock: PostgreSQL itself, not a pooler in front.
    const env = withSecretFiles(environment);
    databaseUrl =
      readPostgresUrl(env, 'DATABASE_DIRECT_URL') ?? readPostgresUrl(env, 'DATABASE_URL');
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
