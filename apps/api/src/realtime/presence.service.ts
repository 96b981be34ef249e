import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { PresenceEntry, PresenceSnapshot } from '@plenary/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { firstRow } from '../common/database/first-row.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PresenceBroadcaster } from './presence-broadcaster.js';
import { type PlenaryServer, roomOf } from './socket-types.js';

// Advisory lock space of presence snapshots (a second key is the accord's hash).
const PRESENCE_LOCK = 7_400_118;
// Least time between two broadcasts of one accord by one instance, which bounds a burst of
// joins: 20 ms, and more in a big room, where each broadcast is a message to every socket
// (1,000 sockets: at most two snapshots a second).
const BROADCAST_INTERVAL_MS = 20;
const BROADCAST_MS_PER_SOCKET = 0.5;

/**
 * Who is in which accord, kept in PostgreSQL so every instance sees everyone, and broadcast
 * through the socket.io adapter to the accord's room on all instances.
 *
 * Each instance refreshes the entries of its connected sockets (heartbeat); the entries of an
 * instance that died stop being refreshed, expire, and whichever instance sweeps them first
 * tells the room.
 *
 * A change writes its row on its own; broadcasts are coalesced per accord (PresenceBroadcaster):
 * a flush, which starts after the changes it covers committed, reads the accord's snapshot and
 * numbers it under an advisory lock. Snapshots of one accord are thus read one after the other
 * (READ COMMITTED: each sees all that the previous one saw) in the order of their numbers, on
 * all instances; the highest number has seen every change, and clients keep the highest.
 */
@Injectable()
export class PresenceService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PresenceService.name);
  readonly instanceId = randomUUID();
  private server: PlenaryServer | null = null;
  private timer: NodeJS.Timeout | null = null;
  private beat: Promise<void> | null = null;
  private closing = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly broadcaster = new PresenceBroadcaster({
    flush: (accordId) => this.broadcast(accordId),
    onError: (accordId, error) =>
      this.logger.warn({ err: error, accordId }, 'presence broadcast failed'),
    minIntervalMs: (accordId) =>
      Math.max(
        BROADCAST_INTERVAL_MS,
        BROADCAST_MS_PER_SOCKET *
          (this.server?.of('/').adapter.rooms.get(roomOf(accordId))?.size ?? 0),
      ),
  });

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  attach(server: PlenaryServer): void {
    this.server = server;
  }

  onApplicationBootstrap(): void {
    const periodMs = (this.config.presenceTtlSeconds * 1000) / 3;
    this.timer = setInterval(() => {
      this.beat ??= this.heartbeat().finally(() => (this.beat = null));
    }, periodMs);
    this.timer.unref();
  }

  /**
   * Leaves cleanly: no change starts any more, those under way finish, and this instance's
   * entries go now rather than at their expiry; the rooms are told, and every broadcast due is
   * sent before the database connection closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    await this.beat;
    await Promise.allSettled(this.inFlight);
    try {
      this.announce(await this.removeWhere(`instance_id = $1`, [this.instanceId]));
    } catch (error) {
      this.logger.warn({ err: error }, 'could not remove presence on shutdown; it will expire');
    }
    await this.broadcaster.idle();
  }

  enter(socketId: string, userId: string, accordId: string): Promise<void> {
    return this.change(accordId, (db) =>
      db.query(
        `INSERT INTO accord_presence (accord_id, socket_id, user_id, instance_id, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))
         ON CONFLICT (accord_id, socket_id) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
        [accordId, socketId, userId, this.instanceId, this.config.presenceTtlSeconds],
      ),
    );
  }

  update(
    socketId: string,
    userId: string,
    accordId: string,
    clauseId: string | null,
    typing: boolean,
  ): Promise<void> {
    return this.change(accordId, async (db) => {
      if (clauseId !== null) {
        const found = await db.query<unknown[]>(
          `SELECT 1 FROM clause WHERE id = $1 AND accord_id = $2`,
          [clauseId, accordId],
        );
        if (found.length === 0) {
          throw new DomainError(DomainErrorCode.CLAUSE_NOT_FOUND, 'Clause not found');
        }
      }
      await db.query(
        `INSERT INTO accord_presence
           (accord_id, socket_id, user_id, instance_id, clause_id, typing, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))
         ON CONFLICT (accord_id, socket_id) DO UPDATE SET clause_id = EXCLUDED.clause_id,
           typing = EXCLUDED.typing, updated_at = clock_timestamp(), expires_at = EXCLUDED.expires_at`,
        [
          accordId,
          socketId,
          userId,
          this.instanceId,
          clauseId,
          typing,
          this.config.presenceTtlSeconds,
        ],
      );
    });
  }

  leave(socketId: string, accordId: string): Promise<void> {
    return this.change(accordId, (db) =>
      db.query(`DELETE FROM accord_presence WHERE accord_id = $1 AND socket_id = $2`, [
        accordId,
        socketId,
      ]),
    );
  }

  /** The accord's presence, numbered after every snapshot read before it (see the class). */
  snapshot(accordId: string): Promise<PresenceSnapshot> {
    return this.dataSource.transaction(async (db) => {
      await db.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [PRESENCE_LOCK, accordId]);
      return this.read(db, accordId);
    });
  }

  /** Refreshes this instance's live sockets, then sweeps entries nobody refreshed. */
  async heartbeat(): Promise<void> {
    try {
      const live = [...(this.server?.of('/').sockets.keys() ?? [])];
      await this.dataSource.query(
        `UPDATE accord_presence SET expires_at = now() + make_interval(secs => $2)
         WHERE instance_id = $1 AND socket_id = ANY($3::varchar[])`,
        [this.instanceId, this.config.presenceTtlSeconds, live],
      );
      this.announce(await this.removeWhere(`expires_at < now()`, []));
    } catch (error) {
      this.logger.warn({ err: error }, 'presence heartbeat failed; will retry');
    }
  }

  /** Deletes entries and returns the accords they were in (as a SELECT: TypeORM reshapes DELETE results). */
  private async removeWhere(condition: string, parameters: unknown[]): Promise<string[]> {
    const rows = await this.dataSource.query<{ accordId: string }[]>(
      `WITH gone AS (DELETE FROM accord_presence WHERE ${condition} RETURNING accord_id)
       SELECT DISTINCT accord_id AS "accordId" FROM gone`,
      parameters,
    );
    return rows.map((row) => row.accordId);
  }

  private announce(accordIds: string[]): void {
    for (const accordId of accordIds) this.broadcaster.mark(accordId);
  }

  /**
   * Writes one change (no lock: rows are per socket, and the snapshot's lock orders reads, not
   * writes); resolves once it is committed, and its accord is then due a broadcast.
   */
  private change(accordId: string, apply: (db: EntityManager) => Promise<unknown>): Promise<void> {
    if (this.closing) return Promise.resolve();
    const run = apply(this.dataSource.manager).then(() => this.broadcaster.mark(accordId));
    this.inFlight.add(run);
    const done = () => void this.inFlight.delete(run);
    run.then(done, done);
    return run;
  }

  private async broadcast(accordId: string): Promise<void> {
    const snapshot = await this.snapshot(accordId);
    this.server?.to(roomOf(accordId)).emit('presence', snapshot);
  }

  private async read(db: EntityManager, accordId: string): Promise<PresenceSnapshot> {
    // One entry per person: the socket he used last (several tabs are one presence).
    const users = await db.query<PresenceEntry[]>(
      `SELECT * FROM (
         SELECT DISTINCT ON (p.user_id) p.user_id AS "userId", u.display_name AS "displayName",
                p.clause_id AS "clauseId", p.typing
         FROM accord_presence p JOIN app_user u ON u.id = p.user_id
         WHERE p.accord_id = $1 AND p.expires_at > now()
         ORDER BY p.user_id, p.updated_at DESC) latest
       ORDER BY "displayName", "userId"`,
      [accordId],
    );
    const { version } = firstRow(
      await db.query<{ version: string }[]>(`SELECT nextval('accord_presence_version') AS version`),
      'nextval',
    );
    return { accordId, version: Number(version), users };
  }
}
