/**
 * A JSON value with its object keys in the order PostgreSQL's jsonb keeps them: shorter keys
 * first, keys of one length by their UTF-8 bytes; arrays as they are. An event sent straight from
 * the write that appended it must read exactly like the same event read back from the log (a
 * client, a test or an export comparing them as text would otherwise see two different events).
 */
export function inJsonbOrder<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => inJsonbOrder(item)) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const keys = Object.keys(value).sort(byJsonbKeyOrder);
  const ordered: Record<string, unknown> = {};
  for (const key of keys) ordered[key] = inJsonbOrder((value as Record<string, unknown>)[key]);
  return ordered as T;
}

function byJsonbKeyOrder(a: string, b: string): number {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length - right.length || Buffer.compare(left, right);
}
