// The socket.io protocol between the API and its clients (path /socket.io, same port as GraphQL).
import type { DomainErrorCode, GraphqlErrorCode } from './errors.js';
import type { AccordEvent } from './events.js';
import type { NotificationMessage } from './notifications.js';

export const SOCKET_PATH = '/socket.io';

/** Handshake: `io(url, { path: SOCKET_PATH, auth: { token } })`; a bad token is refused. */
export interface SocketHandshakeAuth {
  token: string;
}

/**
 * `join`: enter an accord's room. With `afterSeq`, every logged event after it is sent first,
 * then live ones — no gap, no duplicate. Without it, only events after the ack's `lastSeq`.
 */
export interface JoinRequest {
  accordId: string;
  afterSeq?: number;
}

export interface LeaveRequest {
  accordId: string;
}

/** `presence`: which clause the sender is reading (null: the accord as a whole), and whether he types. */
export interface PresenceUpdate {
  accordId: string;
  clauseId?: string | null;
  typing?: boolean;
}

export interface PresenceEntry {
  userId: string;
  displayName: string;
  clauseId: string | null;
  typing: boolean;
}

/**
 * `presence`: who is in the accord now, sent once to a socket that joined it (a reconnecting
 * client joins again, and so gets it again). After it, only changes follow (`presenceChanged`).
 * Messages from different instances may cross: apply both with `PresenceRoster`, which keeps
 * the newest word on each person by `version`.
 */
export interface PresenceSnapshot {
  accordId: string;
  version: number;
  users: PresenceEntry[];
}

/**
 * `presenceChanged`, to the accord's room: the people whose presence changed, as they stand at
 * `version` (`present`: here, with where they are; `left`: their user ids). Changes are
 * coalesced, so a burst of joins is a few messages, each the size of what changed.
 */
export interface PresenceChange {
  accordId: string;
  version: number;
  present: PresenceEntry[];
  left: string[];
}

/**
 * An event of the accord's log, as sent to the room (per accord, in `seq` order); a client that
 * may talk to a newer server narrows it with `isKnownAccordEvent` before trusting its payload.
 */
export type AccordEventMessage = AccordEvent;

/** The API's GraphQL codes (RATE_LIMITED also for a socket that sends too much too fast). */
export type SocketErrorCode = GraphqlErrorCode | 'INTERNAL_SERVER_ERROR';

/** A refusal: `code` and `reason` as in GraphQL's `extensions`; no reason for an internal error. */
export interface SocketError {
  code: SocketErrorCode;
  reason?: DomainErrorCode;
  message: string;
}

export type SocketFailure = { ok: false; error: SocketError };
export type SocketAck<T extends object = Record<never, never>> = ({ ok: true } & T) | SocketFailure;

/** `lastSeq`: the room's position; every event up to it has been (or is being) sent. */
export type JoinAck = SocketAck<{ lastSeq: number }>;
export type LeaveAck = SocketAck;
export type PresenceAck = SocketAck;

export interface ClientToServerEvents {
  join: (request: JoinRequest, ack: (response: JoinAck) => void) => void;
  leave: (request: LeaveRequest, ack?: (response: LeaveAck) => void) => void;
  presence: (update: PresenceUpdate, ack?: (response: PresenceAck) => void) => void;
}

/**
 * `deskChanged`, to a user's personal room: something that may change his desk happened (a vote
 * opened or closed, a ballot, a comment, an invitation). The desk reads itself again; the
 * message says only where (`accordId`, null for what concerns no accord: a membership invitation).
 */
export interface DeskChange {
  accordId: string | null;
}

export interface ServerToClientEvents {
  event: (event: AccordEventMessage) => void;
  presence: (snapshot: PresenceSnapshot) => void;
  presenceChanged: (change: PresenceChange) => void;
  /** To the recipient's own sockets only (his personal room), once per notification. */
  notification: (notification: NotificationMessage) => void;
  deskChanged: (change: DeskChange) => void;
}

/**
 * When the handshake is refused, `connect_error` carries this in `data`: no valid token, or the
 * user already holds as many sockets as allowed (try again after `retryAfterSeconds`).
 */
export type ConnectErrorData =
  { code: 'UNAUTHENTICATED' } | { code: 'RATE_LIMITED'; retryAfterSeconds: number };
