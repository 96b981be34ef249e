import type {
  AccordEventMessage,
  ClientToServerEvents,
  JoinAck,
  PresenceSnapshot,
  ServerToClientEvents,
  SocketAck,
} from '@plenary/contracts';
import { SOCKET_PATH } from '@plenary/contracts';
import { io, type Socket } from 'socket.io-client';
import type { AtLeast } from './lists.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Polls `read` (which may be async) until it passes `check`, or fails with what it last saw. */
export async function eventually<T>(
  read: () => T | Promise<T>,
  check: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A socket.io client that records what the server sends it, as the web app would use. */
export class TestSocket {
  readonly events: AccordEventMessage[] = [];
  readonly snapshots: PresenceSnapshot[] = [];

  private constructor(readonly socket: ClientSocket) {
    socket.on('event', (event) => this.events.push(event));
    socket.on('presence', (snapshot) => this.snapshots.push(snapshot));
  }

  /** Connects (no automatic reconnection: tests reconnect on purpose). */
  static connect(url: string, token: string | null): Promise<TestSocket> {
    const socket: ClientSocket = io(url, {
      path: SOCKET_PATH,
      auth: token === null ? {} : { token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 30_000,
    });
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(new TestSocket(socket)));
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
    });
  }

  join(accordId: string, afterSeq?: number): Promise<JoinAck> {
    return this.socket
      .timeout(30_000)
      .emitWithAck('join', afterSeq === undefined ? { accordId } : { accordId, afterSeq });
  }

  /** Emits anything, as a hostile or buggy client could, and waits for the ack. */
  raw(event: string, ...args: unknown[]): Promise<SocketAck> {
    const untyped = this.socket as unknown as Socket;
    return untyped.timeout(30_000).emitWithAck(event, ...args) as Promise<SocketAck>;
  }

  seqs(accordId: string): number[] {
    return this.events.filter((e) => e.accordId === accordId).map((e) => e.seq);
  }

  waitForEvents<N extends number>(
    count: N,
    what = `${count} events`,
  ): Promise<AtLeast<AccordEventMessage, N>> {
    return eventually(
      () => this.events,
      (events) => events.length >= count,
      what,
    ) as Promise<AtLeast<AccordEventMessage, N>>;
  }

  /** The newest snapshot of the accord (highest version), once it passes `check`. */
  waitForPresence(
    accordId: string,
    check: (snapshot: PresenceSnapshot) => boolean,
    what: string,
    timeoutMs?: number,
  ): Promise<PresenceSnapshot> {
    return eventually(
      () => this.latestPresence(accordId),
      (snapshot) => snapshot !== null && check(snapshot),
      what,
      timeoutMs,
    ) as Promise<PresenceSnapshot>;
  }

  latestPresence(accordId: string): PresenceSnapshot | null {
    const mine = this.snapshots.filter((s) => s.accordId === accordId);
    return mine.reduce<PresenceSnapshot | null>(
      (newest, s) => (newest === null || s.version > newest.version ? s : newest),
      null,
    );
  }

  /** Waits, then checks nothing more arrived (for "no duplicate" assertions). */
  async settle(ms = 300): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  close(): void {
    this.socket.close();
  }
}
