import type { ClientToServerEvents, ServerToClientEvents } from '@plenary/contracts';
import { SOCKET_PATH } from '@plenary/contracts';
import { io, type Socket } from 'socket.io-client';
import { tokenStore } from './session';

export type PersonalSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let shared: { socket: PersonalSocket; holders: number } | null = null;

/**
 * The tab's one socket for what concerns the user wherever he is (the bell's notifications, the
 * desk's changes): the server sends those to his personal room, which every socket of his joins.
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
