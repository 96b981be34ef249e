import type { ClientToServerEvents, ServerToClientEvents } from '@plenary/contracts';
import type { Server, Socket } from 'socket.io';
import { TokenBucket } from './token-bucket.js';

/** What the server keeps about one connection (in this instance only: it dies with the socket). */
export interface SocketSession {
  userId: string;
  /** Accords whose room this socket joined. */
  accords: Set<string>;
  /** Every message; generous, against floods of anything. */
  messages: TokenBucket;
  /** `presence` messages, which write to the database: 10 a second. */
  presence: TokenBucket;
  /** Presence changes of this socket run one after the other, its departure last. */
  presenceQueue: Promise<void>;
}

type NoServerSideEvents = Record<string, never>;

export type PlenaryServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  NoServerSideEvents,
  SocketSession
>;
export type PlenarySocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  NoServerSideEvents,
  SocketSession
>;

export const roomOf = (accordId: string): string => `accord:${accordId}`;

/** Every socket of a user is in his personal room, for what concerns him wherever he is (desk, bell). */
export const personalRoomOf = (userId: string): string => `user:${userId}`;

export function newSocketSession(userId: string): SocketSession {
  return {
    userId,
    accords: new Set(),
    messages: new TokenBucket(40, 20),
    presence: new TokenBucket(10, 10),
    presenceQueue: Promise.resolve(),
  };
}
