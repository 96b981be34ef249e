import { DataSource, type Table } from 'typeorm';
import { RdbmsSchemaBuilder } from 'typeorm/schema-builder/RdbmsSchemaBuilder.js';
import { dataSourceOptions } from './data-source-options.js';

/** The SQL that would bring a migrated database to what the entities declare, and back. */
export interface SchemaChanges {
  up: Query[];
  down: Query[];
}

export interface Query {
  sql: string;
  parameters?: unknown[];
}

/** Names TypeORM's default naming strategy gives the constraints and indices it creates. */
const TYPEORM_NAMED = /^(PK|FK|IDX|UQ|REL|CHK|XCL|DF)_[0-9a-f]+$/;

/**
 * Our constraints, indices and triggers are written by hand in the migrations (deferrable
 * uniques, exclusions, checks on enums, foreign keys between tables whose entities hold plain
 * ids): the entities declare columns, not those. TypeORM's schema builder would drop every
 * constraint an entity does not name, so this one only sees, in the database, the constraints
 * TypeORM itself named, and the entities' own: the diff covers what the entities declare.
 */
class EntityDeclaredSchemaBuilder extends RdbmsSchemaBuilder {
  protected override async executeSchemaSyncOperationsInProperOrder(): Promise<void> {
    for (const table of this.tables) keepEntityDeclared(table, this.dataSource);
    await super.executeSchemaSyncOperationsInProperOrder();
  }
}

function keepEntityDeclared(table: Table, dataSource: DataSource): void {
  const metadata = dataSource.entityMetadatas.find((entity) => entity.tableName === table.name);
  const declared = new Set<string>(
    metadata
      ? [
          ...metadata.indices.map((index) => index.name),
          ...metadata.uniques.map((unique) => unique.name),
          ...metadata.checks.map((check) => check.name),
          ...metadata.exclusions.map((exclusion) => exclusion.name),
          ...metadata.foreignKeys.map((foreignKey) => foreignKey.name),
        ]
      : [],
  );
  const owned = (name: string | undefined) =>
    name !== undefined && (declared.has(name) || TYPEORM_NAMED.test(name));
  // Columns PostgreSQL computes (the search vectors) are written by hand too, and never
  // written by the app: an entity that does not declare one leaves it alone.
  const columns = new Set(metadata?.columns.map((column) => column.databaseName));
  table.columns = table.columns.filter(
    (column) => columns.has(column.name) || column.generatedType === undefined,
  );
  table.indices = table.indices.filter((index) => owned(index.name));
  table.checks = table.checks.filter((check) => owned(check.name));
  table.exclusions = table.exclusions.filter((exclusion) => owned(exclusion.name));
  table.foreignKeys = table.foreignKeys.filter((foreignKey) => owned(foreignKey.name));
  const handWrittenUniques = table.uniques.filter((unique) => !owned(unique.name));
  table.uniques = table.uniques.filter((unique) => owned(unique.name));
  // A column-level UNIQUE written by hand shows as the column's isUnique: not the entity's either.
  for (const unique of handWrittenUniques) {
    const [only, ...others] = unique.columnNames;
    const column = others.length === 0 ? table.findColumnByName(only ?? '') : undefined;
    if (column) column.isUnique = false;
  }
}

export type Entities = NonNullable<ConstructorParameters<typeof DataSource>[0]['entities']>;

/**
 * Runs the committed migrations on the database at `databaseUrl` (a throwaway one: it is
 * changed), then returns what `entities` (the app's: `appEntities()`) declare that the
 * migrations do not create.
 */
export async function pendingSchemaChanges(
  databaseUrl: string,
  entities: Entities,
): Promise<SchemaChanges> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl), entities });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    // TypeORM reads the expression of every generated column (our search vectors) from its own
    // metadata table, which our migrations do not keep: an empty one says "not the entities'".
    await dataSource.query(
      `CREATE TABLE IF NOT EXISTS typeorm_metadata (type varchar NOT NULL, database varchar,
         schema varchar, "table" varchar, name varchar, value text)`,
    );
    const memory = await new EntityDeclaredSchemaBuilder(dataSource).log();
    const toQuery = (query: { query: string; parameters?: unknown[] }): Query =>
      query.parameters?.length
        ? { sql: query.query, parameters: query.parameters }
        : { sql: query.query };
    // TypeORM lists the down queries in the order it made the changes: undo them backwards.
    return {
      up: memory.upQueries.map(toQuery),
      down: memory.downQueries.map(toQuery).reverse(),
    };
  } finally {
    await dataSource.destroy();
  }
}

export interface MigrationFile {
  className: string;
  /** `1764210000000-rate-limits.ts` */
  fileName: string;
  source: string;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A migration in the house style, from a kebab-case name (`rate-limits`). */
export function renderMigration(
  name: string,
  timestamp: number,
  changes: SchemaChanges,
): MigrationFile {
  if (!NAME.test(name))
    throw new Error(`migration name "${name}" should be kebab-case, as in "rate-limits"`);
  const className =
    name
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join('') + String(timestamp);
  const statements = (queries: Query[]) =>
    queries
      .map((query) => {
        const sql = `\`${query.sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
        const parameters = query.parameters ? `, ${JSON.stringify(query.parameters)}` : '';
        return `    await q.query(${sql}${parameters});\n`;
      })
      .join('');
  const source =
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
    `/** TODO: say why (generated from the entities by npm run migration:generate; read it, edit it). */\n` +
    `export class ${className} implements MigrationInterface {\n` +
    `  name = '${className}';\n\n` +
    `  async up(q: QueryRunner): Promise<void> {\n${statements(changes.up)}  }\n\n` +
    `  async down(q: QueryRunner): Promise<void> {\n${statements(changes.down)}  }\n` +
    `}\n`;
  return { className, fileName: `${timestamp}-${name}.ts`, source };
}

/** `migrations/index.ts` with the new migration imported and listed last. */
export function listMigration(indexSource: string, migration: MigrationFile): string {
  const module = `./${migration.fileName.replace(/\.ts$/, '.js')}`;
  const importLine = `import { ${migration.className} } from '${module}';\n`;
  const imports = [...indexSource.matchAll(/^import .*\n/gm)];
  const lastImport = imports.at(-1);
  const listEnd = indexSource.lastIndexOf('];');
  if (!lastImport || listEnd < 0)
    throw new Error(
      'migrations/index.ts no longer has the shape expected: add the migration by hand',
    );
  const afterImports = lastImport.index + lastImport[0].length;
  return (
    indexSource.slice(0, afterImports) +
    importLine +
    indexSource.slice(afterImports, listEnd) +
    `  ${migration.className},\n` +
    indexSource.slice(listEnd)
  );
}
