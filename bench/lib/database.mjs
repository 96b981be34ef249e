// One PostgreSQL for the whole run: embedded in a temp folder, or the server of DATABASE_URL.
// Either way the harness works in databases of its own and drops them at the end.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { API_DIST } from './paths.mjs';
import { onCleanup } from './processes.mjs';

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url, sql, params) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

let counter = 0;

/**
 * Starts (or connects to) PostgreSQL. Returns `createDatabase()` for fresh, empty databases
 * that are dropped by the cleanup.
 */
export async function startDatabaseServer({ log }) {
  let adminUrl;
  let embedded = null;
  let tempDir = null;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    log(`PostgreSQL: DATABASE_URL (${new URL(adminUrl).host})`);
  } else {
    const { startEmbeddedPostgres } = await import(
      join(API_DIST, 'database', 'embedded-postgres.js')
    );
    tempDir = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
    chmodSync(tempDir, 0o755); // PostgreSQL runs as the OS user postgres when we are root
    const started = Date.now();
    embedded = await startEmbeddedPostgres({ dir: join(tempDir, 'pg'), database: 'postgres' });
    adminUrl = embedded.url;
    log(`PostgreSQL: embedded in ${tempDir} (${Date.now() - started} ms)`);
  }
  const created = [];
  const server = {
    adminUrl,
    embedded: embedded !== null,
    tempDir,
    /** The data folder of the embedded server (null with DATABASE_URL): for CPU accounting. */
    dataDir: tempDir ? join(tempDir, 'pg') : null,
    async version() {
      const { rows } = await adminQuery(adminUrl, 'SHOW server_version');
      return rows[0].server_version;
    },
    async createDatabase(prefix = 'plenary_bench') {
      const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
      created.push(name);
      return { name, url: withDatabase(adminUrl, name) };
    },
    async dropDatabase(name) {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      const i = created.indexOf(name);
      if (i >= 0) created.splice(i, 1);
    },
  };
  onCleanup(async () => {
    if (embedded) {
      await embedded.stop();
      rmSync(tempDir, { recursive: true, force: true });
    } else {
      for (const name of [...created]) await server.dropDatabase(name).catch(() => undefined);
    }
  });
  return server;
}
