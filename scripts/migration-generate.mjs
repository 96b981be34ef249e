#!/usr/bin/env node
// `npm run migration:generate -- <kebab-name>`: writes the migration that brings the committed
// migrations to what the entities declare. It builds the API, migrates a throwaway database (an
// embedded PostgreSQL of its own, or a scratch database in the server at DATABASE_URL), asks
// TypeORM for the difference, and writes apps/api/src/database/migrations/<timestamp>-<name>.ts,
// listed in migrations/index.ts: a draft to read and finish by hand (constraints, data, comments).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const migrationsDir = join(root, 'apps', 'api', 'src', 'database', 'migrations');
const dist = join(root, 'apps', 'api', 'dist', 'database');

const name = process.argv[2];
if (!name || process.argv.length > 3) {
  process.stderr.write('usage: npm run migration:generate -- <kebab-case-name>\n');
  process.exit(2);
}

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-web'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const { pendingSchemaChanges, renderMigration, listMigration } = await import(
  join(dist, 'migration-generator.js')
);
const { appEntities } = await import(join(dist, '..', 'app-entities.js'));
// Checked before the database starts: a bad name costs nothing.
renderMigration(name, Date.now(), { up: [], down: [] });

async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A database nobody else uses, and how to get rid of it and of what was started for it. */
async function throwawayDatabase() {
  const scratch = `plenary_migration_${process.pid}_${Date.now().toString(36)}`;
  if (process.env.DATABASE_URL) {
    const admin = withDatabase(process.env.DATABASE_URL, 'postgres');
    await adminQuery(admin, `CREATE DATABASE ${scratch}`);
    return {
      url: withDatabase(process.env.DATABASE_URL, scratch),
      release: () => adminQuery(admin, `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`),
    };
  }
  const { startEmbeddedPostgres } = await import(join(dist, 'embedded-postgres.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-migration-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as the OS user postgres when we are root
  try {
    const embedded = await startEmbeddedPostgres({ dir: join(dataDir, 'pg'), database: scratch });
    return {
      url: embedded.url,
      release: async () => {
        await embedded.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

const database = await throwawayDatabase();
let changes;
try {
  changes = await pendingSchemaChanges(database.url, appEntities());
} finally {
  await database.release();
}

if (changes.up.length === 0) {
  process.stdout.write('no changes: the committed migrations create what the entities declare\n');
  process.exit(0);
}
const migration = renderMigration(name, Date.now(), changes);
const file = join(migrationsDir, migration.fileName);
const index = join(migrationsDir, 'index.ts');
writeFileSync(file, migration.source);
writeFileSync(index, listMigration(readFileSync(index, 'utf8'), migration));
spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--write', file, index],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
process.stdout.write(
  `wrote ${relative(root, file)} (${changes.up.length} statements up, ${changes.down.length} down), ` +
    `listed in ${relative(root, index)}:\n\n` +
    changes.up.map((query) => `  ${query.sql}\n`).join('') +
    '\nRead it, name its constraints, say why at the top, and run the specs.\n',
);
