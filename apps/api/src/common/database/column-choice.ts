import type { GraphQLResolveInfo } from 'graphql';
import type { ObjectLiteral } from 'typeorm';
import { selectedFields } from '../graphql/selected-fields.js';

/**
 * Some of an entity's columns, by property name, or all of them (`properties` null). Rows read
 * with a choice lack the other properties: only the fields that asked for the choice read them.
 */
export type Columns<E> = WholeRow | SomeColumns<E>;

interface SomeColumns<E> {
  /** Equal choices have equal keys: loaders batch and cache by it. */
  readonly key: string;
  readonly properties: readonly (keyof E & string)[];
}

interface WholeRow {
  readonly key: '*';
  readonly properties: null;
}

type Needs<E> = Readonly<Record<string, readonly (keyof E & string)[]>>;

/**
 * The columns a list needs for the GraphQL fields a query asks of its items: a page listing 60
 * amendments by id and status should not read (nor parse) their texts, tallies and merges.
 * `always` are read for every choice (small columns the type's resolvers rely on: ids, kinds,
 * statuses); `byField` names what else each field reads. A field not named there (a resolver
 * nobody declared) makes the choice the whole row, so forgetting a declaration costs speed,
 * never a wrong answer.
 */
export class ColumnChoice<E extends ObjectLiteral> {
  static readonly WHOLE_ROW: WholeRow = { key: '*', properties: null };
  private readonly bySelection = new WeakMap<ReadonlySet<string>, Columns<E>>();
  private readonly byKey = new Map<string, Columns<E>>();

  constructor(
    private readonly always: readonly (keyof E & string)[],
    private readonly byField: Needs<E>,
  ) {}

  /** The columns for the fields selected below the field being resolved. */
  forSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Columns<E> {
    const fields = selectedFields(info);
    let columns = this.bySelection.get(fields);
    if (!columns) this.bySelection.set(fields, (columns = this.forFields(fields)));
    return columns;
  }

  forFields(fields: Iterable<string>): Columns<E> {
    const properties = new Set(this.always);
    for (const field of fields) {
      if (field === '__typename') continue;
      const needs = Object.hasOwn(this.byField, field) ? this.byField[field] : undefined;
      if (!needs) return ColumnChoice.WHOLE_ROW;
      for (const property of needs) properties.add(property);
    }
    return this.named([...properties]);
  }

  /** A choice this made, by its key (`*`: the whole row): a loader's keys carry only the key. */
  ofKey(key: string): Columns<E> {
    if (key === ColumnChoice.WHOLE_ROW.key) return ColumnChoice.WHOLE_ROW;
    const columns = this.byKey.get(key);
    if (!columns) throw new Error(`no choice of columns was made with the key "${key}"`);
    return columns;
  }

  /** Both choices' columns: one read serves the two. */
  union(a: Columns<E>, b: Columns<E>): Columns<E> {
    if (a.key === b.key) return a;
    if (!a.properties || !b.properties) return ColumnChoice.WHOLE_ROW;
    return this.named([...new Set([...a.properties, ...b.properties])]);
  }

  private named(properties: (keyof E & string)[]): Columns<E> {
    const key = properties.sort().join(',');
    let columns = this.byKey.get(key);
    if (!columns) this.byKey.set(key, (columns = { key, properties }));
    return columns;
  }
}

/** A loader key for `id` read with `columns`: `<columns key>|<id>`. */
export const choiceKey = (columns: { key: string }, id: string) => `${columns.key}|${id}`;

/** `<columns key>|<id>` → [columns key, id]. */
export function splitChoiceKey(key: string): [choice: string, id: string] {
  const bar = key.lastIndexOf('|');
  return [key.slice(0, bar), key.slice(bar + 1)];
}
