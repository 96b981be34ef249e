import type { DataSource, EntityManager } from 'typeorm';

/** The channel of changes to one user's desk outside any accord's log (realtime listens to it). */
export const DESK_CHANNEL = 'plenary_desk';

/**
 * Tells every API instance that the desk of whoever holds `email` changed: an invitation to him
 * came, or went. On commit when `db` runs a transaction; at once otherwise. Nobody is told when
 * the address has no account (yet).
 */
export async function noticeToHolderOf(db: DataSource | EntityManager, email: string) {
  await db.query(
    `SELECT pg_notify($1, u.id::text) FROM app_user u WHERE lower(u.email) = lower($2)`,
    [DESK_CHANNEL, email],
  );
}
