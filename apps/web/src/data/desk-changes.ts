import { useEffect, useRef, useState } from 'react';
import type { ClientToServerEvents, ServerToClientEvents } from '@plenary/contracts';
import { SOCKET_PATH } from '@plenary/contracts';
import { io, type Socket } from 'socket.io-client';
import { tokenStore } from './session';
import type { LiveStatus } from './live';

type PlenarySocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Changes in a burst (a round of ballots) make one read. */
export const DESK_REFRESH_DELAY_MS = 300;

/**
 * Calls `changed` when the server says the user's desk may have changed (`deskChanged`, sent to
 * his personal room, which every socket of his joins), at most once per DESK_REFRESH_DELAY_MS,
 * and after a reconnection (changes may have been missed meanwhile). Returns the connection's state.
 */
export function useDeskChanges(changed: () => void): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const changedRef = useRef(changed);
  changedRef.current = changed;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let everConnected = false;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => changedRef.current(), DESK_REFRESH_DELAY_MS);
    };
    const socket: PlenarySocket = io(window.location.origin, {
      path: SOCKET_PATH,
      auth: (cb) => cb({ token: tokenStore.get() }),
      transports: ['websocket', 'polling'],
    });
    socket.on('connect', () => {
      setStatus('live');
      if (everConnected) soon();
      everConnected = true;
    });
    socket.on('disconnect', (reason) =>
      setStatus(reason === 'io client disconnect' ? 'offline' : 'reconnecting'),
    );
    socket.on('connect_error', () => setStatus('reconnecting'));
    socket.on('deskChanged', soon);
    return () => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, []);
  return status;
}
