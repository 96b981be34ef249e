import type {
  AccordEventMessage,
  ClientToServerEvents,
  JoinAck,
  PresenceChange,
  PresenceEntry,
  PresenceSnapshot,
  ServerToClientEvents,
  SocketAck,
} from '@plenary/contracts';
import { PresenceRoster, SOCKET_PATH } from '@plenary/contracts';
import { io, type Socket } from 'socket.io-client';
import type { AtLeast } from './lists.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Who a client sees in an accord (from the snapshots and changes it received). */
export interface PresenceView {
  accordId: string;
  users: PresenceEntry[];
}

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
  readonly changes: PresenceChange[] = [];
  private readonly rosters = new Map<string, PresenceRoster>();

  private constructor(readonly socket: ClientSocket) {
    socket.on('event', (event) => this.events.push(event));
    socket.on('presence', (snapshot) => {
      this.snapshots.push(snapshot);
      this.rosterOf(snapshot.accordId).applySnapshot(snapshot);
    });
    socket.on('presenceChanged', (change) => {
      this.changes.push(change);
      this.rosterOf(change.accordId).applyChange(change);
    });
  }

  private rosterOf(accordId: string): PresenceRoster {
    let roster = this.rosters.get(accordId);
    if (!roster) this.rosters.set(accordId, (roster = new PresenceRoster(accordId)));
    return roster;
  }

  /**
   * Connects (no automatic reconnection: tests reconnect on purpose). With `polling`, it long-polls
   * and keeps cookies as a browser would (a proxy's stickiness may need them).
   */
  static connect(
    url: string,
    token: string | null,
    transport: 'websocket' | 'polling' = 'websocket',
  ): Promise<TestSocket> {
    const socket: ClientSocket = io(url, {
      path: SOCKET_PATH,
      auth: token === null ? {} : { token },
      transports: [transport],
      withCredentials: transport === 'polling',
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

  /** Who this client sees in the accord, once it passes `check`. */
  waitForPresence(
    accordId: string,
    check: (presence: PresenceView) => boolean,
    what: string,
    timeoutMs?: number,
  ): Promise<PresenceView> {
    return eventually(
      () => this.latestPresence(accordId),
      (presence) => presence !== null && check(presence),
      what,
      timeoutMs,
    ) as Promise<PresenceView>;
  }

  /** Who this client sees in the accord; null before its snapshot. */
  latestPresence(accordId: string): PresenceView | null {
    if (!this.snapshots.some((s) => s.accordId === accordId)) return null;
    return { accordId, users: this.rosterOf(accordId).users };
  }

  /** The presence messages (snapshots and changes) this client received about the accord. */
  presenceMessages(accordId: string): number {
    return [...this.snapshots, ...this.changes].filter((m) => m.accordId === accordId).length;
  }

  /** Waits, then checks nothing more arrived (for "no duplicate" assertions). */
  async settle(ms = 300): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  close(): void {
    this.socket.close();
  }
}
