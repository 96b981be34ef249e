// Reading elements a spec's setup made, with a clear failure when it made fewer (rather than
// `list[i]!`, which turns a setup mistake into "cannot read properties of undefined").

/** `[T, T, …]`, `N` long (`T[]` when `N` is only known as a number). */
export type Tuple<T, N extends number, Built extends unknown[] = []> = number extends N
  ? T[]
  : Built['length'] extends N
    ? Built
    : Tuple<T, N, [...Built, T]>;

/** At least `N` elements: the first `N` typed as present. */
export type AtLeast<T, N extends number> = number extends N ? T[] : [...Tuple<T, N>, ...T[]];

/** `list[index]`; throws when the list is shorter. */
export function elementAt<T>(list: readonly T[], index: number): T {
  if (index < 0 || index >= list.length)
    throw new Error(`expected an element at index ${index}, but the list has ${list.length}`);
  return list[index] as T;
}

/** `record[key]`; throws when the record has no such entry. */
export function valueAt<T>(record: Readonly<Record<string, T>>, key: string): T {
  const value = record[key];
  if (value === undefined) throw new Error(`expected an entry for ${JSON.stringify(key)}`);
  return value;
}

/** The one element of `list`; throws when it has none or several. */
export function only<T>(list: readonly T[]): T {
  if (list.length !== 1) throw new Error(`expected exactly one element, got ${list.length}`);
  return list[0] as T;
}

/** The first `count` elements, as a tuple to destructure; throws when the list is shorter. */
export function firstOf<T, N extends number>(list: readonly T[], count: N): Tuple<T, N> {
  if (list.length < count)
    throw new Error(`expected at least ${count} elements, but the list has ${list.length}`);
  return list.slice(0, count) as Tuple<T, N>;
}
