// Reading elements a spec rendered, with a clear failure when there are fewer (rather than
// `list[i]!`, which turns a missing element into "cannot read properties of undefined").

/** `[T, T, …]`, `N` long (`T[]` when `N` is only known as a number). */
type Tuple<T, N extends number, Built extends unknown[] = []> = number extends N
  ? T[]
  : Built['length'] extends N
    ? Built
    : Tuple<T, N, [...Built, T]>;

/** `list[index]`; throws when the list is shorter. */
export function elementAt<T>(list: readonly T[], index: number): T {
  if (index < 0 || index >= list.length)
    throw new Error(`expected an element at index ${index}, but the list has ${list.length}`);
  return list[index] as T;
}

/** The first `count` elements, as a tuple to destructure; throws when the list is shorter. */
export function firstOf<T, N extends number>(list: readonly T[], count: N): Tuple<T, N> {
  if (list.length < count)
    throw new Error(`expected at least ${count} elements, but the list has ${list.length}`);
  return list.slice(0, count) as Tuple<T, N>;
}
