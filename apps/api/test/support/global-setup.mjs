// Jest loads global setup outside its ESM module registry, so this is plain JS importing the
// built API (npm test builds first): one PostgreSQL per run and a migrated template database.
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(adminUrl, sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function globalSetup() {
  if (!existsSync(join(dist, 'main.js'))) {
    throw new Error('apps/api/dist is missing: run the tests with `npm test` (it builds first)');
  }
  const { startEmbeddedPostgres } = await import(join(dist, 'database', 'embedded-postgres.js'));
  const { runMigrations } = await import(join(dist, 'database', 'migrate.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-test-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as the OS user postgres when we are root
  let embedded = null;
  let adminUrl;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    embedded = await startEmbeddedPostgres({ dir: join(dataDir, 'pg'), database: 'postgres' });
    adminUrl = embedded.url;
  }
  const template = `plenary_template_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  await runMigrations(withDatabase(adminUrl, template));
  const stateFile = join(dataDir, 'state.json');
  writeFileSync(stateFile, JSON.stringify({ adminUrl, template, dataDir }));
  // Jest workers are forked after global setup, so they inherit this.
  process.env.PLENARY_TEST_STATE_FILE = stateFile;
  globalThis.__plenaryTestDb = { adminUrl, template, dataDir, embedded };
}
