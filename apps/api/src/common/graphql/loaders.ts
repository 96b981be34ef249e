/** Keeps DataLoader's contract: one result per key, in key order. */
export function orderByKeys<K, V>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => K,
): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * A row a foreign key promises (a ballot's organization, an amendment's author): its absence is a
 * broken invariant, reported as such rather than as a TypeError further on.
 */
export function referenced<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined)
    throw new Error(`${what} is missing: a reference is broken`);
  return row;
}

export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * The batch loaders of one GraphQL request, made by each feature's LoaderSource on first use.
 * Common holds them without knowing any feature: each source is its own key.
 */
export class RequestLoaders {
  private readonly made = new Map<object, unknown>();

  of<T>(source: object, make: () => T): T {
    if (this.made.has(source)) return this.made.get(source) as T;
    const loaders = make();
    this.made.set(source, loaders);
    return loaders;
  }
}

/**
 * A feature's loaders: an injectable that makes them once per request, so a batch never
 * outlives the request (nor mixes two callers). Resolvers inject it instead of the database.
 */
export abstract class LoaderSource<T> {
  protected abstract create(): T;

  /** This request's loaders. */
  of(ctx: { loaders: RequestLoaders }): T {
    return ctx.loaders.of(this, () => this.create());
  }
}
