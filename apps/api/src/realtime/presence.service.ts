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
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { type PlenaryServer, roomOf } from './socket-types.js';

// Advisory lock space of presence changes (a second key is the accord's hash).
const PRESENCE_LOCK = 7_400_118;

/**
 * Who is in which accord, kept in PostgreSQL so every instance sees everyone, and broadcast
 * through the socket.io adapter to the accord's room on all instances.
 *
 * Each instance refreshes the entries of its connected sockets (heartbeat); the entries of an
 * instance that died stop being refreshed, expire, and whichever instance sweeps them first
 * tells the room. Changes to one accord's presence are serialized and numbered, so clients
 * keep the newest snapshot whatever order they arrive in.
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
   * entries go now rather than at their expiry (before the database connection closes).
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    await this.beat;
    await Promise.allSettled(this.inFlight);
    try {
      const accordIds = await this.removeWhere(`instance_id = $1`, [this.instanceId]);
      for (const accordId of accordIds)
        await this.applyAndBroadcast(accordId, () => Promise.resolve());
    } catch (error) {
      this.logger.warn({ err: error }, 'could not remove presence on shutdown; it will expire');
    }
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

  async snapshot(accordId: string): Promise<PresenceSnapshot> {
    return this.dataSource.transaction((db) => this.read(db, accordId));
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
      await this.announce(await this.removeWhere(`expires_at < now()`, []));
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

  private async announce(accordIds: string[]): Promise<void> {
    for (const accordId of accordIds) await this.change(accordId, () => Promise.resolve());
  }

  private change(accordId: string, apply: (db: EntityManager) => Promise<unknown>): Promise<void> {
    if (this.closing) return Promise.resolve();
    const run = this.applyAndBroadcast(accordId, apply);
    this.inFlight.add(run);
    const done = () => void this.inFlight.delete(run);
    run.then(done, done);
    return run;
  }

  /** Applies one change and sends the room the snapshot it produced, numbered in lock order. */
  private async applyAndBroadcast(
    accordId: string,
    apply: (db: EntityManager) => Promise<unknown>,
  ): Promise<void> {
    const snapshot = await this.dataSource.transaction(async (db) => {
      await db.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [PRESENCE_LOCK, accordId]);
      await apply(db);
      return this.read(db, accordId);
    });
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
    const [{ version }] = await db.query<{ version: string }[]>(
      `SELECT nextval('accord_presence_version') AS version`,
    );
    return { accordId, version: Number(version), users };
  }
}
