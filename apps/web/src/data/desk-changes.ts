import { useEffect, useRef } from 'react';
import type { LiveStatus } from './live';
import { usePersonalSocketEvent } from './personal-socket';

/** Changes in a burst (a round of ballots) make one read. */
export const DESK_REFRESH_DELAY_MS = 300;
/** A burst that goes on (changes never 300 ms apart) is read at least this often. */
export const DESK_REFRESH_MAX_WAIT_MS = 2000;

/** The reads of the desk that changes call for. */
export interface DeskReads {
  /** The desk may have changed: read it again once the burst is over. */
  changed: () => void;
  /** The page is left: no read is started any more. */
  stop: () => void;
}

/**
 * Reads the desk again after changes: a burst (changes less than `delayMs` apart) makes one read,
 * `delayMs` after its last change, or `maxWaitMs` after its first if it goes on that long. One
 * read at a time: a change heard while a read is under way makes one more read when it ends,
 * since that read's answer may predate the change.
 */
export function coalescedReads(
  read: () => Promise<unknown>,
  delayMs = DESK_REFRESH_DELAY_MS,
  maxWaitMs = DESK_REFRESH_MAX_WAIT_MS,
): DeskReads {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let reading = false;
  let readAgain = false;
  let stopped = false;
  const start = () => {
    if (stopped) return;
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    // A read cut short (the page left meanwhile) is no error; a failed one shows through the
    // query's `error`.
    void read()
      .catch(() => undefined)
      .finally(() => {
        reading = false;
        if (!readAgain) return;
        readAgain = false;
        start();
      });
  };
  const burstOver = () => {
    clearTimeout(timer);
    clearTimeout(deadline);
    timer = deadline = undefined;
    start();
  };
  return {
    changed: () => {
      clearTimeout(timer);
      timer = setTimeout(burstOver, delayMs);
      deadline ??= setTimeout(burstOver, maxWaitMs);
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(deadline);
    },
  };
}

/**
 * Calls `read` when the server says the user's desk may have changed (`deskChanged`, sent to his
 * personal room, which every socket of his joins), as `coalescedReads` does, and after a
 * reconnection (changes may have been missed meanwhile). Returns the connection's state.
 */
export function useDeskChanges(read: () => Promise<unknown>): LiveStatus {
  const readRef = useRef(read);
  readRef.current = read;
  const reads = useRef<DeskReads | undefined>(undefined);
  useEffect(() => {
    const mounted = coalescedReads(() => readRef.current());
    reads.current = mounted;
    return () => mounted.stop();
  }, []);
  const changed = () => reads.current?.changed();
  return usePersonalSocketEvent('deskChanged', changed, changed);
}
