import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { readQuery } from './read-query.js';

const selectLists = new WeakMap<object, { columns: string; from: string }>();

/**
 * Rows of an entity's table (aliased `t`) as plain objects with the entity's property names,
 * by SQL whose column list is worked out once per entity. For the hot paths — the DataLoaders
 * of a page, the access check of every operation — where TypeORM's per-call query building and
 * hydration cost more CPU than the query. Equivalent for our entities: none has a column
 * transformer or a simple-json/simple-array column, so pg's own parsing gives the same values.
 * `extra` adds computed columns (`expression AS "name"`) to each row.
 */
export function selectRows<E extends ObjectLiteral, X extends object = object>(
  db: DataSource | EntityManager,
  entity: new () => E,
  condition: string,
  parameters: unknown[],
  extra?: string,
): Promise<(E & X)[]> {
  const select = selectList(db, entity);
  const columns = extra ? `${select.columns}, ${extra}` : select.columns;
  return readQuery<E & X>(db, `SELECT ${columns} ${select.from} ${condition}`, parameters);
}

/**
 * The entity's columns (`t."created_at" AS "createdAt", …`, its table aliased `t`) and `FROM`,
 * for a statement that selects them beside others.
 */
export function selectList(
  db: DataSource | EntityManager,
  entity: new () => ObjectLiteral,
): { columns: string; from: string } {
  let select = selectLists.get(entity);
  if (!select) {
    const metadata = (db instanceof DataSource ? db : db.connection).getMetadata(entity);
    select = {
      columns: metadata.columns
        .map((c) => `t."${c.databaseName}" AS "${c.propertyName}"`)
        .join(', '),
      from: `FROM "${metadata.tableName}" t`,
    };
    selectLists.set(entity, select);
  }
  return select;
}
