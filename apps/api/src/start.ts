import 'reflect-metadata';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApi } from './bootstrap.js';
import { StartPhases } from './common/logging/start-phases.js';
import { ConfigError, loadConfig } from './config/config.js';
import { startEmbeddedPostgres } from './database/embedded-postgres.js';
import { migrateCommand } from './database/migrate-command.js';
import { runBeforeSignalExit } from './exit-hooks.js';
import { PostgresSupervisor } from './database/postgres-supervisor.js';
import { formatCredentials, loadDemoIfEmpty } from './demo/load-demo.js';
import { Readiness } from './health/readiness.js';

/** The longest a stop waits for what must be finished before exiting (exit-hooks.ts). */
const EXIT_HOOKS_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  // `main.js migrate`: migrate and exit (a release step; see database/migrate-command.ts).
  if (process.argv[2] === 'migrate') process.exit(await migrateCommand());
  const phases = new StartPhases();
  phases.modulesLoaded();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const log = pino({ level: config.logLevel, name: 'plenary' });

  const readiness = new Readiness();
  let embedded: PostgresSupervisor | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const dir = join(config.dataDir, 'pg');
    log.info({ dir }, 'starting embedded PostgreSQL');
    try {
      const database = await phases.measure('database', () =>
        startEmbeddedPostgres({
          dir,
          database: 'plenary',
          log: (message) => log.debug({ source: 'postgres' }, message),
        }),
      );
      databaseUrl = database.url;
      // The API owns this PostgreSQL: if it dies, it is started again (the API stays up).
      embedded = new PostgresSupervisor(database.postmaster, log.child({ source: 'postgres' }));
      readiness.superviseDatabase(embedded);
    } catch (error) {
      log.fatal({ err: error }, 'could not start the embedded PostgreSQL');
      process.stderr.write(
        `Plenary could not start PostgreSQL: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    }
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app
      ?.close()
      .catch((error: unknown) => log.error({ err: error }, 'error while closing the API'));
    await embedded
      ?.stop()
      .catch((error: unknown) => log.error({ err: error }, 'error while stopping PostgreSQL'));
    await runBeforeSignalExit(EXIT_HOOKS_TIMEOUT_MS);
    process.exit(0);
  };
  // embedded-postgres installs its own exit hook, which stops PostgreSQL while the API is still
  // closing (and exits with 130). Ours closes the API first, then stops PostgreSQL.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stop(signal));
  }

  const loadsDemo = config.demo && embedded !== null;
  if (loadsDemo) readiness.demoLoading();
  let app: Awaited<ReturnType<typeof createApi>> | undefined;
  try {
    const created = await createApi({
      config,
      databaseUrl,
      readiness,
      phases,
      closeOnSignals: false,
    });
    app = created;
    // init: the GraphQL schema, routes and every onModuleInit (listen would do it otherwise).
    await phases.measure('init', () => created.init());
    await phases.measure('listen', () => created.listen(config.port, config.host));
  } catch (error) {
    log.fatal({ err: error }, 'could not start');
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
  const api = app;
  const url = `http://127.0.0.1:${config.port}`;
  let credentials: string | null = null;
  if (loadsDemo) {
    try {
      const demo = await phases.measure('demo', () => loadDemoIfEmpty(api, url, log));
      if (demo) credentials = formatCredentials(demo);
      readiness.demoFinished(demo ? 'loaded' : 'skipped');
    } catch (error) {
      readiness.demoFinished('failed');
      log.error({ err: error }, 'could not load the demo accord; the platform runs without it');
    }
  }
  // ms: since the process started; phases: where that time went.
  const { total, ...spent } = phases.summary();
  log.info({ url, ms: total, phases: spent, embedded: embedded !== null }, 'Plenary is ready');
  process.stdout.write(`\nPlenary is ready: open ${url}/  (GraphQL at ${url}/graphql)\n`);
  if (credentials) process.stdout.write(`\n${credentials}\n`);
  process.stdout.write('\n');
}

void main();
