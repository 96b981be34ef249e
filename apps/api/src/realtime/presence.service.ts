import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PresenceBroadcaster } from './presence-broadcaster.js';
import { type AccordPerson, PRESENCE_STORE, type PresenceStore } from './presence-store.js';
import { type PlenaryServer, roomOf } from './socket-types.js';
// Least time between two flushes of one accord by one instance, which bounds a burst of
// joins: 20 ms, and more in a big room. A change is a message to every socket of the room
// (1,000 sockets: at most one a second); a snapshot goes only to the sockets that joined since
// the last one, but reads the whole room (1,000 sockets: at most 20 a second).
const FLUSH_INTERVAL_MS = 20;
const CHANGE_MS_PER_SOCKET = 1;
const SNAPSHOT_MS_PER_SOCKET = 0.05;

/**
 * Who is in which accord, kept in a store every instance shares (PresenceStore: PostgreSQL, or
 * Redis with REDIS_URL) so every instance sees everyone, and told to the accord's room on all
 * instances through the socket.io adapter.
 *
 * Each instance refreshes the entries of its connected sockets (heartbeat); the entries of an
 * instance that died stop being refreshed, expire, and whichever instance sweeps them first
 * tells the room.
 *
 * A socket that joins gets the whole snapshot once; the room gets only what changed (the people
 * whose entries changed), so a join costs the room one small message however many are in it.
 * Both are coalesced per accord (PresenceBroadcaster): sockets that join together share one
 * read of the snapshot, changes together one message to the room. A flush, which starts after
 * the changes it covers were stored, reads the people it covers (everyone, for a snapshot), and
 * the store numbers what it read: reads of one accord are one after the other, each seeing all
 * that the previous one saw, in the order of their numbers, on all instances. Per person, the
 * highest number is the truth, and clients keep it (PresenceRoster).
 */
@Injectable()
export class PresenceService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PresenceService.name);
  private server: PlenaryServer | null = null;
  private timer: NodeJS.Timeout | null = null;
  private beat: Promise<void> | null = null;
  private closing = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** Per accord: the people whose entries changed since its last change was read. */
  private readonly changed = new Map<string, Set<string>>();
  /** Per accord: the sockets here that joined and wait for the snapshot. */
  private readonly joined = new Map<string, Set<string>>();
  private readonly changes = new PresenceBroadcaster({
    flush: (accordId) => this.tellRoom(accordId),
    onError: (accordId, error) =>
      this.logger.warn({ err: error, accordId }, 'presence broadcast failed'),
    minIntervalMs: (accordId) => this.flushInterval(accordId, CHANGE_MS_PER_SOCKET),
  });
  private readonly snapshots = new PresenceBroadcaster({
    flush: (accordId) => this.sendSnapshots(accordId),
    onError: (accordId, error) =>
      this.logger.warn({ err: error, accordId }, 'sending presence snapshots failed'),
    minIntervalMs: (accordId) => this.flushInterval(accordId, SNAPSHOT_MS_PER_SOCKET),
  });

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PRESENCE_STORE) private readonly store: PresenceStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  attach(server: PlenaryServer): void {
    this.server = server;
  }

  onApplicationBootstrap(): void {
    const periodMs = (this.config.presenceTtlSeconds * 1000) / 3;
    this.timer = setInterval(() => this.beatNow(), periodMs);
    this.timer.unref();
    // Redis back after an outage may have lost every entry: write ours again at once.
    this.store.onReconnected(() => this.beatNow());
  }

  private beatNow(): void {
    if (this.closing) return;
    this.beat ??= this.heartbeat().finally(() => (this.beat = null));
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
      this.announce(await this.store.removeOwn());
    } catch (error) {
      this.logger.warn({ err: error }, 'could not remove presence on shutdown; it will expire');
    }
    await Promise.all([this.changes.idle(), this.snapshots.idle()]);
  }

  /** The socket entered the accord: it is sent the snapshot, the room only its entry. */
  enter(socketId: string, userId: string, accordId: string): Promise<void> {
    return this.change(accordId, [userId], socketId, () =>
      this.store.enter(socketId, userId, accordId),
    );
  }

  update(
    socketId: string,
    userId: string,
    accordId: string,
    clauseId: string | null,
    typing: boolean,
  ): Promise<void> {
    return this.change(accordId, [userId], null, async () => {
      if (clauseId !== null) {
        const found = await this.dataSource.query<unknown[]>(
          `SELECT 1 FROM clause WHERE id = $1 AND accord_id = $2`,
          [clauseId, accordId],
        );
        if (found.length === 0) {
          throw new DomainError(DomainErrorCode.CLAUSE_NOT_FOUND, 'Clause not found');
        }
      }
      await this.store.update(socketId, userId, accordId, clauseId, typing);
    });
  }

  leave(socketId: string, userId: string, accordId: string): Promise<void> {
    return this.change(accordId, [userId], null, () => this.store.leave(socketId, accordId));
  }

  /** Refreshes this instance's live sockets, then sweeps entries nobody refreshed. */
  async heartbeat(): Promise<void> {
    try {
      const live = [...(this.server?.of('/').sockets.keys() ?? [])];
      const { gone, back } = await this.store.heartbeat(live);
      // Those whose entries the store had lost are in the rooms again: the rooms are told.
      this.announce([...gone, ...back]);
    } catch (error) {
      this.logger.warn({ err: error }, 'presence heartbeat failed; will retry');
    }
    // What a failed flush could not tell is told now.
    for (const accordId of this.changed.keys()) this.changes.mark(accordId);
    for (const accordId of this.joined.keys()) this.snapshots.mark(accordId);
  }

  private announce(departures: AccordPerson[]): void {
    for (const { accordId, userId } of departures) this.owe(accordId, [userId], null);
  }

  /** Notes what the accord's room must be told, and whom to send the snapshot; asks for flushes. */
  private owe(accordId: string, userIds: Iterable<string>, snapshotTo: string | null): void {
    const changed = entryOf(this.changed, accordId);
    for (const userId of userIds) changed.add(userId);
    this.changes.mark(accordId);
    if (snapshotTo !== null) {
      entryOf(this.joined, accordId).add(snapshotTo);
      this.snapshots.mark(accordId);
    }
  }

  /**
   * Writes one change (no lock: entries are per socket, and the store orders reads, not
   * writes); resolves once it is stored, and its accord then owes the room its users' entries.
   */
  private change(
    accordId: string,
    userIds: string[],
    snapshotTo: string | null,
    apply: () => Promise<unknown>,
  ): Promise<void> {
    if (this.closing) return Promise.resolve();
    const run = apply().then(() => this.owe(accordId, userIds, snapshotTo));
    this.inFlight.add(run);
    const done = () => void this.inFlight.delete(run);
    run.then(done, done);
    return run;
  }

  private flushInterval(accordId: string, msPerSocket: number): number {
    const sockets = this.server?.of('/').adapter.rooms.get(roomOf(accordId))?.size ?? 0;
    return Math.max(FLUSH_INTERVAL_MS, msPerSocket * sockets);
  }

  /** Tells the room how the people who changed now stand (a few entries, not the room). */
  private async tellRoom(accordId: string): Promise<void> {
    const userIds = take(this.changed, accordId);
    if (userIds.size === 0) return;
    const { version, users } = await this.store
      .read(accordId, [...userIds])
      .catch((error: unknown) => {
        // Owed still: the next change or heartbeat flushes it again.
        for (const userId of userIds) entryOf(this.changed, accordId).add(userId);
        throw error;
      });
    const here = new Set(users.map((user) => user.userId));
    const left = [...userIds].filter((userId) => !here.has(userId));
    this.server
      ?.to(roomOf(accordId))
      .emit('presenceChanged', { accordId, version, present: users, left });
  }

  /** Sends the sockets that joined since the last snapshot the whole presence, read once. */
  private async sendSnapshots(accordId: string): Promise<void> {
    const socketIds = take(this.joined, accordId);
    if (socketIds.size === 0) return;
    const { version, users } = await this.store.read(accordId, null).catch((error: unknown) => {
      for (const socketId of socketIds) entryOf(this.joined, accordId).add(socketId);
      throw error;
    });
    // Sockets that left meanwhile are simply not found.
    this.server?.local.to([...socketIds]).emit('presence', { accordId, version, users });
  }
}

function entryOf<T>(map: Map<string, Set<T>>, accordId: string): Set<T> {
  let entry = map.get(accordId);
  if (!entry) map.set(accordId, (entry = new Set()));
  return entry;
}

/** The accord's entry, removed (so what arrives meanwhile starts a new one). */
function take<T>(map: Map<string, Set<T>>, accordId: string): Set<T> {
  const entry = map.get(accordId) ?? new Set<T>();
  map.delete(accordId);
  return entry;
}
