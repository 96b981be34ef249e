import type { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';

/** Statements named so far, by their text (a fixed set: the loaders' and access checks' SQL). */
const names = new Map<string, string>();
const MAX_NAMES = 500;
/** Data sources whose pool is a pooler that cannot keep named statements (see below). */
const unnamed = new WeakSet<DataSource>();

/**
 * Reads on `dataSource` go unnamed: a pooler in transaction mode hands each statement to any
 * server connection, where a name prepared on another is unknown (PgBouncer before 1.21, or
 * without max_prepared_statements). PLENARY_DB_NAMED_STATEMENTS decides.
 */
export function withoutNamedStatements(dataSource: DataSource): void {
  unnamed.add(dataSource);
}

/**
 * The rows of `text`, as `db.query(text, parameters)` gives them. Outside a transaction it is a
 * named statement on the pool: each connection parses and plans it once, then only binds and
 * executes it — a page's reads repeat the same few statements on every request. Inside a
 * transaction (a manager with its own query runner) it runs on the transaction's connection.
 */
export async function readQuery<R>(
  db: DataSource | EntityManager,
  text: string,
  parameters: unknown[],
): Promise<R[]> {
  const manager = db instanceof DataSource ? db.manager : db;
  if (manager.queryRunner || unnamed.has(manager.connection)) {
    return manager.query<R[]>(text, parameters);
  }
  let name = names.get(text);
  if (!name && names.size < MAX_NAMES) {
    name = `plenary_${names.size + 1}`;
    names.set(text, name);
  }
  const pool = (manager.connection.driver as unknown as { master: Pool }).master;
  return (await pool.query({ name, text, values: parameters })).rows as R[];
}
