import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { Column, Entity, getMetadataArgsStorage } from 'typeorm';
import { appEntities } from '../src/app-entities.js';
import {
  listMigration,
  pendingSchemaChanges,
  renderMigration,
} from '../src/database/migration-generator.js';
import { OrganizationEntity } from '../src/identity/organization.entity.js';
import { adminQuery, readTestDatabaseState, withDatabase } from './support/test-database.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** An organization as a developer might change it: one more column. */
@Entity('organization')
class OrganizationWithMotto extends OrganizationEntity {
  @Column({ type: 'varchar', length: 140, nullable: true }) motto!: string | null;
}

describe('npm run migration:generate', () => {
  const { adminUrl } = readTestDatabaseState();
  const scratch: string[] = [];
  /** An empty database: the generator runs the committed migrations on it itself. */
  const emptyDatabase = async () => {
    const name = `plenary_gen_${process.pid}_${scratch.length}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    scratch.push(name);
    return withDatabase(adminUrl, name);
  };
  afterEach(async () => {
    for (const name of scratch.splice(0))
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('finds the entities the feature modules register, as autoLoadEntities does', () => {
    const nameOf = (entity: unknown) => (entity as { name: string }).name;
    const registered = appEntities().map(nameOf);
    // Every entity class the app loads (but this spec's own) is registered by some module.
    // Compared by name: TypeORM's metadata storage is global, so a jest worker that ran
    // another spec before this one also holds that spec's copies of the same classes.
    const declared = getMetadataArgsStorage()
      .tables.map((table) => table.target)
      .filter((target) => target !== OrganizationWithMotto)
      .map(nameOf);
    expect(new Set(registered)).toEqual(new Set(declared));
    expect(registered).toHaveLength(new Set(registered).size);
    expect(registered).toEqual(
      expect.arrayContaining(['UserEntity', 'AccordEntity', 'BallotEntity', 'CommentEntity']),
    );
  });

  it('finds nothing to generate: the committed migrations create what the entities declare', async () => {
    const changes = await pendingSchemaChanges(await emptyDatabase(), appEntities());
    expect(changes).toEqual({ up: [], down: [] });
  });

  it('writes the migration for a changed entity, which then leaves nothing to generate', async () => {
    const url = await emptyDatabase();
    const entities = appEntities().map((entity) =>
      entity === OrganizationEntity ? OrganizationWithMotto : entity,
    );
    const changes = await pendingSchemaChanges(url, entities);
    expect(changes).toEqual({
      up: [{ sql: 'ALTER TABLE "organization" ADD "motto" character varying(140)' }],
      down: [{ sql: 'ALTER TABLE "organization" DROP COLUMN "motto"' }],
    });

    const migration = renderMigration('organization-motto', 1_800_000_000_000, changes);
    expect(migration.fileName).toBe('1800000000000-organization-motto.ts');
    expect(migration.className).toBe('OrganizationMotto1800000000000');
    expect(migration.source).toContain(
      'export class OrganizationMotto1800000000000 implements MigrationInterface {',
    );
    expect(migration.source).toContain(
      'await q.query(`ALTER TABLE "organization" ADD "motto" character varying(140)`);',
    );
    const index = listMigration(
      readFileSync(join(root, 'apps/api/src/database/migrations/index.ts'), 'utf8'),
      migration,
    );
    expect(index).toContain(
      "import { OrganizationMotto1800000000000 } from './1800000000000-organization-motto.js';\n\n",
    );
    // Appended last, after whichever migration was last before it.
    expect(index).toMatch(/ {2}\w+\d{13},\n {2}OrganizationMotto1800000000000,\n\];/);

    // What it wrote, applied, is what the changed entity declares.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const query of changes.up) await client.query(query.sql);
    } finally {
      await client.end();
    }
    expect(await pendingSchemaChanges(url, entities)).toEqual({ up: [], down: [] });
  });

  it('refuses a name that is not kebab-case', () => {
    expect(() => renderMigration('AddMotto', 1, { up: [], down: [] })).toThrow(/kebab-case/);
  });

  it('runs from npm, in a scratch database of the server at DATABASE_URL, and drops it', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(root, 'scripts/migration-generate.mjs'), 'nothing-to-do'],
      { cwd: root, env: { ...process.env, DATABASE_URL: withDatabase(adminUrl, 'postgres') } },
    );
    expect(stdout).toMatch(/^no changes/);
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const left = await client.query(
        `SELECT datname FROM pg_database WHERE datname LIKE 'plenary_migration_%'`,
      );
      expect(left.rows).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
