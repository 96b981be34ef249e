import { useEffect, useRef, useState } from 'react';
import type { LiveStatus } from './live';
import { holdPersonalSocket } from './personal-socket';

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
    const { socket, release } = holdPersonalSocket();
    // The shared socket may be connected already (the bell holds it too).
    let everConnected = socket.connected;
    if (socket.connected) setStatus('live');
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => changedRef.current(), DESK_REFRESH_DELAY_MS);
    };
    const connected = () => {
      setStatus('live');
      if (everConnected) soon();
      everConnected = true;
    };
    const disconnected = (reason: string) =>
      setStatus(reason === 'io client disconnect' ? 'offline' : 'reconnecting');
    const failed = () => setStatus('reconnecting');
    socket.on('connect', connected);
    socket.on('disconnect', disconnected);
    socket.on('connect_error', failed);
    socket.on('deskChanged', soon);
    return () => {
      clearTimeout(timer);
      socket.off('connect', connected);
      socket.off('disconnect', disconnected);
      socket.off('connect_error', failed);
      socket.off('deskChanged', soon);
      release();
    };
  }, []);
  return status;
}
