import type { ClientToServerEvents, ServerToClientEvents } from '@plenary/contracts';
import { SOCKET_PATH } from '@plenary/contracts';
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { LiveStatus } from './live';
import { tokenStore } from './session';

export type PersonalSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: { socket: PersonalSocket; holders: number } | null = null;

/**
 * The tab's one socket: for what concerns the user wherever he is (the bell's notifications, the
 * desk's changes), which the server sends to his personal room, every socket of his joining it;
 * and for the accord a page shows, which joins that accord's room on it (LiveAccordProvider).
 * Held by whoever listens and closed when the last lets go, so a tab opens one such socket
 * however many parts of the page listen — sockets per user are limited across instances.
 */
export function holdPersonalSocket(): { socket: PersonalSocket; release: () => void } {
  if (!shared) {
    const socket: PersonalSocket = io(window.location.origin, {
      path: SOCKET_PATH,
      auth: (cb) => cb({ token: tokenStore.get() }),
      transports: ['websocket', 'polling'],
    });
    shared = { socket, holders: 0 };
  }
  const held = shared;
  held.holders += 1;
  let released = false;
  return {
    socket: held.socket,
    release: () => {
      if (released) return;
      released = true;
      held.holders -= 1;
      if (held.holders === 0) {
        held.socket.close();
        if (shared === held) shared = null;
      }
    },
  };
}

type PersonalEvent = 'notification' | 'deskChanged';

/**
 * While mounted, hears `event` on the tab's personal socket, and calls `reconnected` after a
 * lost connection (what came meanwhile was not heard). Returns the connection's state.
 */
export function usePersonalSocketEvent<E extends PersonalEvent>(
  event: E,
  heard: (message: Parameters<ServerToClientEvents[E]>[0]) => void,
  reconnected: () => void,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handlers = useRef({ heard, reconnected });
  handlers.current = { heard, reconnected };

  useEffect(() => {
    const { socket, release } = holdPersonalSocket();
    // The shared socket may be connected already (another part of the page holds it too).
    let everConnected = socket.connected;
    if (socket.connected) setStatus('live');
    const connected = () => {
      setStatus('live');
      if (everConnected) handlers.current.reconnected();
      everConnected = true;
    };
    const disconnected = (reason: string) =>
      setStatus(reason === 'io client disconnect' ? 'offline' : 'reconnecting');
    const failed = () => setStatus('reconnecting');
    const onEvent = (message: Parameters<ServerToClientEvents[E]>[0]) =>
      handlers.current.heard(message);
    // socket.io's typed on/off do not accept an event name that is itself a type parameter.
    const untyped = socket as unknown as {
      on: (name: string, listener: (...args: never[]) => void) => void;
      off: (name: string, listener: (...args: never[]) => void) => void;
    };
    socket.on('connect', connected);
    socket.on('disconnect', disconnected);
    socket.on('connect_error', failed);
    untyped.on(event, onEvent);
    return () => {
      socket.off('connect', connected);
      socket.off('disconnect', disconnected);
      socket.off('connect_error', failed);
      untyped.off(event, onEvent);
      release();
    };
  }, [event]);
  return status;
}
