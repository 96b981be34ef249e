import type { PresenceEntry } from '@plenary/contracts';
import type { DataSource } from 'typeorm';
import { firstRow } from '../common/database/first-row.js';
import type {
  AccordPerson,
  HeartbeatChanges,
  PresenceRead,
  PresenceStore,
} from './presence-store.js';

// Advisory lock space of presence snapshots (a second key is the accord's hash).
const PRESENCE_LOCK = 7_400_118;

/**
 * Presence in the `accord_presence` table. Writes take no lock (rows are per socket); a read
 * numbers what it read under the accord's advisory lock, so reads of one accord are one after
 * the other (READ COMMITTED: each sees all that the previous one saw) in the order of their
 * numbers (`accord_presence_version`), on all instances.
 */
export class PostgresPresenceStore implements PresenceStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instanceId: string,
    private readonly ttlSeconds: number,
  ) {}

  async enter(socketId: string, userId: string, accordId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO accord_presence (accord_id, socket_id, user_id, instance_id, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
       ON CONFLICT (accord_id, socket_id) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
      [accordId, socketId, userId, this.instanceId, this.ttlSeconds],
    );
  }

  async update(
    socketId: string,
    userId: string,
    accordId: string,
    clauseId: string | null,
    typing: boolean,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO accord_presence
         (accord_id, socket_id, user_id, instance_id, clause_id, typing, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))
       ON CONFLICT (accord_id, socket_id) DO UPDATE SET clause_id = EXCLUDED.clause_id,
         typing = EXCLUDED.typing, updated_at = clock_timestamp(), expires_at = EXCLUDED.expires_at`,
      [accordId, socketId, userId, this.instanceId, clauseId, typing, this.ttlSeconds],
    );
  }

  async leave(socketId: string, accordId: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM accord_presence WHERE accord_id = $1 AND socket_id = $2`,
      [accordId, socketId],
    );
  }

  async heartbeat(liveSocketIds: string[]): Promise<HeartbeatChanges> {
    await this.dataSource.query(
      `UPDATE accord_presence SET expires_at = now() + make_interval(secs => $2)
       WHERE instance_id = $1 AND socket_id = ANY($3::varchar[])`,
      [this.instanceId, this.ttlSeconds, liveSocketIds],
    );
    return { gone: await this.removeWhere(`expires_at < now()`, []), back: [] };
  }

  removeOwn(): Promise<AccordPerson[]> {
    return this.removeWhere(`instance_id = $1`, [this.instanceId]);
  }

  /** The pool and the event-log listener reconnect by themselves; the next heartbeat renews. */
  onReconnected(): void {}

  /** Deletes entries and returns whose they were (as a SELECT: TypeORM reshapes DELETE results). */
  private removeWhere(condition: string, parameters: unknown[]): Promise<AccordPerson[]> {
    return this.dataSource.query<AccordPerson[]>(
      `WITH gone AS (DELETE FROM accord_presence WHERE ${condition} RETURNING accord_id, user_id)
       SELECT DISTINCT accord_id AS "accordId", user_id AS "userId" FROM gone`,
      parameters,
    );
  }

  read(accordId: string, userIds: string[] | null): Promise<PresenceRead> {
    return this.dataSource.transaction(async (db) => {
      await db.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [PRESENCE_LOCK, accordId]);
      // One entry per person: the socket he used last (several tabs are one presence).
      const users = await db.query<PresenceEntry[]>(
        `SELECT * FROM (
           SELECT DISTINCT ON (p.user_id) p.user_id AS "userId", u.display_name AS "displayName",
                  p.clause_id AS "clauseId", p.typing
           FROM accord_presence p JOIN app_user u ON u.id = p.user_id
           WHERE p.accord_id = $1 AND p.expires_at > now()
             AND ($2::uuid[] IS NULL OR p.user_id = ANY($2::uuid[]))
           ORDER BY p.user_id, p.updated_at DESC) latest
         ORDER BY "displayName", "userId"`,
        [accordId, userIds],
      );
      const { version } = firstRow(
        await db.query<{ version: string }[]>(
          `SELECT nextval('accord_presence_version') AS version`,
        ),
        'nextval',
      );
      return { version: Number(version), users };
    });
  }
}
