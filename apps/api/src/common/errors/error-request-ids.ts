/**
 * The request each error of a GraphQL answer belongs to. Apollo hands its `formatError` the error
 * alone; `didEncounterErrors`, which it calls first with the same objects, notes the request
 * here, so the line logged for an error carries the id its answer carries.
 */
const requestOf = new WeakMap<object, string>();

export function rememberRequestId(error: unknown, requestId: string): void {
  if (typeof error === 'object' && error !== null) requestOf.set(error, requestId);
}

export function requestIdOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? requestOf.get(error) : undefined;
}
