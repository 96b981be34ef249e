import type { PresenceSnapshot } from '@plenary/contracts';

/** Someone in an accord: whose entry went away, or came back. */
export interface AccordPerson {
  accordId: string;
  userId: string;
}

/** What a heartbeat changed that the rooms must be told. */
export interface HeartbeatChanges {
  /** Entries nobody renewed in time, removed. */
  gone: AccordPerson[];
  /** This instance's entries the store had lost (Redis restarted empty), written again. */
  back: AccordPerson[];
}

/** What a read of an accord's presence gives: its entries, numbered (see PresenceService). */
export type PresenceRead = Omit<PresenceSnapshot, 'accordId'>;

/**
 * Where presence entries live, shared by every instance: PostgreSQL by default
 * (PostgresPresenceStore), Redis with REDIS_URL (RedisPresenceStore). One entry per socket and
 * accord; an entry expires unless the instance holding its socket renews it.
 */
export interface PresenceStore {
  /** The socket is in the accord (where it was, if it already was). */
  enter(socketId: string, userId: string, accordId: string): Promise<void>;
  /** The socket is on that clause (or none), typing or not. */
  update(
    socketId: string,
    userId: string,
    accordId: string,
    clauseId: string | null,
    typing: boolean,
  ): Promise<void>;
  leave(socketId: string, accordId: string): Promise<void>;
  /** Renews this instance's entries of its live sockets, then removes expired entries (anyone's). */
  heartbeat(liveSocketIds: string[]): Promise<HeartbeatChanges>;
  /** Removes this instance's entries (it is closing). */
  removeOwn(): Promise<AccordPerson[]>;
  /** Calls `listener` when the store is reachable again after an outage (a heartbeat is due). */
  onReconnected(listener: () => void): void;
  /**
   * The entries of the given people (everyone: null), one per person (his latest), numbered
   * after every read of the accord before it, on any instance.
   */
  read(accordId: string, userIds: string[] | null): Promise<PresenceRead>;
}

export const PRESENCE_STORE = Symbol('PRESENCE_STORE');
