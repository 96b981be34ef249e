import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { ColumnChoice, type Columns } from './column-choice.js';
import { readQuery } from './read-query.js';

type SelectList = { columns: string; from: string };
/** Per entity, per choice of columns (`*` for all). */
const selectLists = new WeakMap<object, Map<string, SelectList>>();

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
  return selectChosenRows<E, X>(db, entity, ColumnChoice.WHOLE_ROW, condition, parameters, extra);
}

/**
 * selectRows with only the `columns` chosen (see ColumnChoice): the rows lack the other
 * properties, which the type does not say; they go only to the fields that made the choice.
 */
export function selectChosenRows<E extends ObjectLiteral, X extends object = object>(
  db: DataSource | EntityManager,
  entity: new () => E,
  chosen: Columns<E>,
  condition: string,
  parameters: unknown[],
  extra?: string,
): Promise<(E & X)[]> {
  const select = selectList(db, entity, chosen);
  const columns = extra ? `${select.columns}, ${extra}` : select.columns;
  return readQuery<E & X>(db, `SELECT ${columns} ${select.from} ${condition}`, parameters);
}

/**
 * The entity's columns (`t."created_at" AS "createdAt", …`, its table aliased `t`) and `FROM`,
 * for a statement that selects them beside others.
 */
export function selectList<E extends ObjectLiteral>(
  db: DataSource | EntityManager,
  entity: new () => E,
  chosen?: Columns<E>,
): SelectList {
  let lists = selectLists.get(entity);
  if (!lists) selectLists.set(entity, (lists = new Map<string, SelectList>()));
  const key = chosen?.properties ? chosen.key : '*';
  let select = lists.get(key);
  if (!select) {
    const metadata = (db instanceof DataSource ? db : db.connection).getMetadata(entity);
    const wanted = chosen?.properties ? new Set<string>(chosen.properties) : null;
    const columns = metadata.columns.filter((c) => !wanted || wanted.has(c.propertyName));
    if (wanted && columns.length !== wanted.size)
      throw new Error(`${metadata.name} has no column for some of: ${chosen!.key}`);
    select = {
      columns: columns.map((c) => `t."${c.databaseName}" AS "${c.propertyName}"`).join(', '),
      from: `FROM "${metadata.tableName}" t`,
    };
    lists.set(key, select);
  }
  return select;
}
