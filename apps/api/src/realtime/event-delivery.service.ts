import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { AccordEventMessage } from '@plenary/contracts';
import { toIsoMillis } from '@plenary/ledger';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import type { AccordEventEntity } from '../accord-log/accord-event.entity.js';
import { CommittedEvents } from '../accord-log/committed-events.js';
import { HistoryService } from '../history/history.service.js';
import { Metrics } from '../common/metrics/metrics.js';
import { type PlenaryServer, type PlenarySocket, roomOf } from './socket-types.js';

const PAGE = 500;
const RETRY_MS = 1000;

// The log holds only what AccordWrite.append wrote, typed by its event type.
export const toEventMessage = (event: AccordEventEntity): AccordEventMessage =>
  ({
    accordId: event.accordId,
    seq: event.seq,
    type: event.type,
    at: toIsoMillis(event.at),
    actorId: event.actorId,
    payload: event.payload,
    prevHash: event.prevHash,
    hash: event.hash,
  }) as AccordEventMessage;

interface WaitingJoin {
  socket: PlenarySocket;
  afterSeq: number | undefined;
  accept: (lastSeq: number) => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Sends the accord log to this instance's sockets. The log is the only source:
 *
 * - Every instance LISTENs for the commit notifications of the log and reads the committed
 *   events itself, so delivery never depends on another instance or on the socket.io adapter.
 *   It therefore emits with `server.local`: through the Postgres adapter every event would
 *   reach each remote socket once per instance.
 * - Per accord, this instance remembers the last seq it sent to its room and reads `seq >`
 *   that. Seqs are appended under the accord's row lock, so what is committed is always a
 *   prefix of the log: reading a range can neither skip nor repeat an event.
 * - Events this instance committed itself are sent at once, from the write (CommittedEvents):
 *   the round trip of the notification and the read of the log are the larger part of the
 *   latency of a fan-out. They are sent only when they follow what the room has, and their
 *   notification is then ignored (by seq); after a gap the log is read as usual.
 * - All work on one accord (deliveries, joins, leaves) runs one task at a time. A join sends
 *   its catch-up (afterSeq, lastSeq] straight to the socket and only then enters the room, so
 *   no live event can slip between the two or arrive twice.
 */
@Injectable()
export class AccordEventDelivery implements OnModuleDestroy {
  private readonly logger = new Logger(AccordEventDelivery.name);
  private server: PlenaryServer | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Per accord with sockets here: the last seq sent to its room. */
  private readonly delivered = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly deliveryScheduled = new Set<string>();
  private readonly waitingJoins = new Map<string, WaitingJoin[]>();
  /** Per accord: the last seq this instance is committing or committed, and sends itself. */
  private readonly sendingOwn = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly history: HistoryService,
    private readonly metrics: Metrics,
    committedEvents: CommittedEvents,
  ) {
    committedEvents.listen({
      committing: (accordId, lastSeq) => this.committingHere(accordId, lastSeq),
      committed: (accordId, events) => this.committedHere(accordId, events),
      abandoned: (accordId, lastSeq) => this.abandonedHere(accordId, lastSeq),
    });
  }

  /**
   * `accessEnded(accordId, userId)` runs, in the accord's turn, after an event that may have
   * taken the user's access away (he left an organization taking part in it).
   */
  attach(
    server: PlenaryServer,
    accessEnded: (accordId: string, userId: string) => Promise<void> = () => Promise.resolve(),
  ): void {
    this.server = server;
    this.accessEnded = accessEnded;
  }

  private accessEnded: (accordId: string, userId: string) => Promise<void> = () =>
    Promise.resolve();

  /**
   * Puts the socket in the accord's room. `accept(lastSeq)` answers the join; the events
   * after `afterSeq` up to `lastSeq` follow, then live ones. Joins that arrive while the
   * accord is busy are admitted together, by one task that reads the log once.
   */
  join(
    socket: PlenarySocket,
    accordId: string,
    afterSeq: number | undefined,
    accept: (lastSeq: number) => void,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      let batch = this.waitingJoins.get(accordId);
      if (!batch) {
        this.waitingJoins.set(accordId, (batch = []));
        void this.serially(accordId, () => this.admit(accordId));
      }
      batch.push({ socket, afterSeq, accept, resolve, reject });
    });
  }

  /** Admits every join waiting for the accord (one task: nothing is delivered meanwhile). */
  private async admit(accordId: string): Promise<void> {
    const batch = this.waitingJoins.get(accordId) ?? [];
    this.waitingJoins.delete(accordId);
    try {
      let lastSeq: number;
      try {
        lastSeq = await this.deliverCommitted(accordId);
      } catch (error) {
        for (const join of batch) join.reject(error);
        return;
      }
      // Sockets that rejoin together after a restart mostly missed the same events.
      const catchUps = new Map<number, Promise<AccordEventEntity[]>>();
      const readOnce = (afterSeq: number) => {
        let read = catchUps.get(afterSeq);
        if (!read)
          catchUps.set(afterSeq, (read = this.history.readEvents(accordId, afterSeq, PAGE)));
        return read;
      };
      for (const join of batch) {
        try {
          await this.admitOne(join, accordId, lastSeq, readOnce);
          join.resolve();
        } catch (error) {
          join.reject(error);
        }
      }
    } finally {
      this.forgetIfEmpty(accordId);
    }
  }

  private async admitOne(
    { socket, afterSeq, accept }: WaitingJoin,
    accordId: string,
    lastSeq: number,
    readOnce: (afterSeq: number) => Promise<AccordEventEntity[]>,
  ): Promise<void> {
    if (afterSeq !== undefined && afterSeq > lastSeq) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        `afterSeq ${afterSeq} is ahead of this accord's log (last seq ${lastSeq})`,
      );
    }
    accept(lastSeq);
    if (afterSeq !== undefined) {
      // Once accepted, a catch-up that fails would leave a silent gap: drop the connection
      // instead, and the client rejoins with its afterSeq.
      await this.sendRange(socket, accordId, afterSeq, lastSeq, readOnce).catch(
        (error: unknown) => {
          socket.disconnect(true);
          throw error;
        },
      );
    }
    // A socket that left meanwhile must not be put back in a room.
    if (socket.connected) await socket.join(roomOf(accordId));
  }

  leave(socket: PlenarySocket, accordId: string): Promise<void> {
    return this.serially(accordId, async () => {
      await socket.leave(roomOf(accordId));
      this.forgetIfEmpty(accordId);
    });
  }

  /** After a socket disconnected (socket.io already took it out of its rooms). */
  departed(accordIds: Iterable<string>): void {
    for (const accordId of accordIds) {
      void this.serially(accordId, () => Promise.resolve(this.forgetIfEmpty(accordId)));
    }
  }

  /** A commit notification: `seq` of `accordId` is in the log. */
  committed(accordId: string, seq: number): void {
    const sent = this.delivered.get(accordId);
    if (sent === undefined || seq <= sent || seq <= (this.sendingOwn.get(accordId) ?? 0)) return;
    this.scheduleDelivery(accordId);
  }

  /**
   * Before this instance's COMMIT is sent: its notification may come back before the COMMIT's
   * answer, and must not send the room reading the log what the write will send at once.
   */
  private committingHere(accordId: string, lastSeq: number): void {
    if (!this.delivered.has(accordId)) return; // nobody here follows the accord
    this.sendingOwn.set(accordId, Math.max(lastSeq, this.sendingOwn.get(accordId) ?? 0));
  }

  /** The COMMIT failed (or its outcome is unknown): the log says what, if anything, is new. */
  private abandonedHere(accordId: string, lastSeq: number): void {
    if (this.sendingOwn.get(accordId) === lastSeq) this.sendingOwn.delete(accordId);
    if (this.delivered.has(accordId)) this.scheduleDelivery(accordId);
  }

  /** Events this instance just committed (in seq order): sent without reading them back. */
  private committedHere(accordId: string, events: readonly AccordEventEntity[]): void {
    const last = events.at(-1);
    if (!last) return;
    if (!this.delivered.has(accordId)) {
      // Nobody here follows the accord (any more): nothing to send, nothing to wait for.
      if ((this.sendingOwn.get(accordId) ?? 0) <= last.seq) this.sendingOwn.delete(accordId);
      return;
    }
    this.sendingOwn.set(accordId, Math.max(last.seq, this.sendingOwn.get(accordId) ?? 0));
    void this.serially(accordId, async () => {
      const sent = this.delivered.get(accordId);
      if (sent === undefined) return;
      const fresh = events.filter((event) => event.seq > sent);
      const [first] = fresh;
      if (!first) return;
      // Another writer's events came between (their notification may still be on its way).
      if (first.seq !== sent + 1) await this.deliverCommitted(accordId);
      else await this.emitToRoom(accordId, fresh);
    })
      .catch((error: unknown) => this.deliveryFailed(accordId, error))
      .finally(() => {
        if ((this.sendingOwn.get(accordId) ?? 0) <= (this.delivered.get(accordId) ?? Infinity))
          this.sendingOwn.delete(accordId);
      });
  }

  /** After notifications may have been missed (the listener reconnected): read every room again. */
  resynchronize(): void {
    for (const accordId of this.delivered.keys()) this.scheduleDelivery(accordId);
  }

  private scheduleDelivery(accordId: string): void {
    // One pending delivery per accord reads everything new; more would only read nothing.
    if (this.deliveryScheduled.has(accordId)) return;
    this.deliveryScheduled.add(accordId);
    this.serially(accordId, async () => {
      this.deliveryScheduled.delete(accordId);
      if (this.delivered.has(accordId)) await this.deliverCommitted(accordId);
    }).catch((error: unknown) => this.deliveryFailed(accordId, error));
  }

  private deliveryFailed(accordId: string, error: unknown): void {
    if (this.stopped) return;
    // The events stay in the log: read them again shortly (or at the next notification).
    this.logger.warn({ err: error, accordId }, 'delivering events failed; retrying');
    this.retryTimer ??= setTimeout(() => {
      this.retryTimer = null;
      this.resynchronize();
    }, RETRY_MS);
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Sends the room what was committed since its last delivery; returns the last seq sent. */
  private async deliverCommitted(accordId: string): Promise<number> {
    let sent = this.delivered.get(accordId);
    if (sent === undefined) {
      // Nobody here was in the room: start from the head; joins catch up by afterSeq.
      sent = await this.headOf(accordId);
      this.delivered.set(accordId, sent);
      return sent;
    }
    for (;;) {
      const events = await this.history.readEvents(accordId, sent, PAGE);
      sent = (await this.emitToRoom(accordId, events)) ?? sent;
      if (events.length < PAGE) return sent;
    }
  }

  /** Sends the events that follow what the room has; returns the last seq sent. */
  private async emitToRoom(
    accordId: string,
    events: readonly AccordEventEntity[],
  ): Promise<number | undefined> {
    const room = this.requireServer().local.to(roomOf(accordId));
    const now = Date.now();
    for (const event of events) {
      const message = toEventMessage(event);
      room.emit('event', message);
      this.metrics.observeDeliveryLag((now - event.at.getTime()) / 1000);
      if (message.type === 'membership.ended') {
        await this.accessEnded(accordId, message.payload.userId);
      }
    }
    const last = events.at(-1);
    if (last) this.delivered.set(accordId, last.seq);
    return last?.seq;
  }

  /** Sends (afterSeq, upTo] of the log to one socket, a page at a time. */
  private async sendRange(
    socket: PlenarySocket,
    accordId: string,
    afterSeq: number,
    upTo: number,
    readPage: (afterSeq: number) => Promise<AccordEventEntity[]>,
  ) {
    let sent = afterSeq;
    while (sent < upTo && socket.connected) {
      // A page may run past upTo (events committed since): those come with the room.
      const events = (await readPage(sent)).filter((event) => event.seq <= upTo);
      const last = events.at(-1);
      if (!last) return;
      for (const event of events) socket.emit('event', toEventMessage(event));
      sent = last.seq;
    }
  }

  private async headOf(accordId: string): Promise<number> {
    const rows = await this.dataSource.query<{ lastSeq: number }[]>(
      `SELECT last_seq AS "lastSeq" FROM accord WHERE id = $1`,
      [accordId],
    );
    const [accord] = rows;
    if (!accord) throw new DomainError(DomainErrorCode.ACCORD_NOT_FOUND, 'Accord not found');
    return accord.lastSeq;
  }

  private requireServer(): PlenaryServer {
    if (!this.server) throw new Error('the socket server is not attached yet');
    return this.server;
  }

  private forgetIfEmpty(accordId: string): void {
    const members = this.server?.of('/').adapter.rooms.get(roomOf(accordId));
    if (!members || members.size === 0) {
      this.delivered.delete(accordId);
      this.sendingOwn.delete(accordId);
    }
  }

  /** Runs tasks on one accord one at a time, in the order they were asked for. */
  private serially<T>(accordId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(accordId) ?? Promise.resolve();
    const run = previous.then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(accordId, tail);
    void tail.then(() => {
      if (this.queues.get(accordId) === tail) this.queues.delete(accordId);
    });
    return run;
  }
}
