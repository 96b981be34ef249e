import { useEffect, useRef } from 'react';
import type { LiveStatus } from './live';
import { usePersonalSocketEvent } from './personal-socket';

/** Changes in a burst (a round of ballots) make one read. */
export const DESK_REFRESH_DELAY_MS = 300;

/**
 * Calls `changed` when the server says the user's desk may have changed (`deskChanged`, sent to
 * his personal room, which every socket of his joins), at most once per DESK_REFRESH_DELAY_MS,
 * and after a reconnection (changes may have been missed meanwhile). Returns the connection's state.
 */
export function useDeskChanges(changed: () => void): LiveStatus {
  const changedRef = useRef(changed);
  changedRef.current = changed;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const soon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => changedRef.current(), DESK_REFRESH_DELAY_MS);
  };
  return usePersonalSocketEvent('deskChanged', soon, soon);
}
