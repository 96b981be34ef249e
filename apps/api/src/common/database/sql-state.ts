/**
 * The SQLSTATE of a PostgreSQL error (pg sets `code`; TypeORM's QueryFailedError copies it and
 * keeps pg's error as `driverError`), or of a Node socket error (`ECONNREFUSED`…); else null.
 */
export function sqlStateOf(error: unknown): string | null {
  const err = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = err?.code ?? err?.driverError?.code;
  return typeof code === 'string' ? code : null;
}
