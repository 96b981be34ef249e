import { useApolloClient } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ConnectErrorData, PresenceEntry, ServerToClientEvents } from '@plenary/contracts';
import { isKnownAccordEvent, PresenceRoster } from '@plenary/contracts';
import type { ApplyAccordEvent, StaleQuery } from './accord-events';
import { holdPersonalSocket, type PersonalSocket } from './personal-socket';
import { StaleRefetches } from './stale-refetches';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface LiveAccord {
  status: LiveStatus;
  /** A short, discreet sentence about the connection, or null when there is nothing to say. */
  notice: string | null;
  presence: PresenceEntry[];
  lastSeq: number;
  /** Tell the others which clause I am reading (and whether I am typing). */
  focus: (clauseId: string | null, typing?: boolean) => void;
}

const LiveContext = createContext<LiveAccord | null>(null);

const REFRESH_DELAY_MS = 120;

/**
 * Keeps one accord live: joins its socket.io room (on the tab's one socket, the bell's and the
 * desk's too: sockets per user are limited) and applies every event of the log, in order,
 * to Apollo's cache with `applyEvent`, so every view of it shows the change; what an event does
 * not carry, its handler asks to fetch again, for the queries showing that entity only. After a
 * dropped connection it re-joins with `afterSeq`, so the server replays what was missed; a gap
 * in the sequence (which that should rule out) fetches every query on screen again.
 */
export function LiveAccordProvider({
  accordId,
  initialSeq,
  applyEvent,
  children,
}: {
  accordId: string;
  initialSeq: number;
  applyEvent: ApplyAccordEvent;
  children: ReactNode;
}) {
  const client = useApolloClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [notice, setNotice] = useState<string | null>(null);
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [lastSeq, setLastSeq] = useState(initialSeq);
  const seqRef = useRef(initialSeq);
  const socketRef = useRef<PersonalSocket | null>(null);
  // Read by the handlers when an event arrives, not a reason to reconnect.
  const presenceRef = useRef<PresenceEntry[]>([]);
  const applyEventRef = useRef(applyEvent);
  applyEventRef.current = applyEvent;
  const focusRef = useRef<{ clauseId: string | null; typing: boolean }>({
    clauseId: null,
    typing: false,
  });

  useEffect(() => {
    let noticeTimer: ReturnType<typeof setTimeout> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let everJoined = false;
    let catchingUp = false;

    // What events made stale, fetched again once a burst is over (and again if overtaken).
    const staleRefetches = new StaleRefetches(
      () => client.getObservableQueries('active').values(),
      REFRESH_DELAY_MS,
    );
    const refetch = (query: StaleQuery) => staleRefetches.refetch(query);
    const refetchEverything = () => staleRefetches.refetchEverything();
    const say = (message: string | null, clearAfterMs?: number) => {
      clearTimeout(noticeTimer);
      setNotice(message);
      if (clearAfterMs) noticeTimer = setTimeout(() => setNotice(null), clearAfterMs);
    };

    // The snapshot each join brings, then the room's changes (which may overtake it).
    const roster = new PresenceRoster(accordId);
    const { socket, release } = holdPersonalSocket();
    socketRef.current = socket;

    const join = () => {
      const afterSeq = seqRef.current;
      catchingUp = everJoined;
      socket.emit('join', { accordId, afterSeq }, (ack) => {
        if (!ack.ok) {
          setStatus('offline');
          say('Live updates are unavailable for this accord.');
          return;
        }
        setStatus('live');
        socket.emit('presence', { accordId, ...focusRef.current });
        if (catchingUp) {
          const missed = Math.max(ack.lastSeq - afterSeq, 0);
          say(
            missed === 0
              ? 'Reconnected. Nothing changed while you were away.'
              : `Reconnected. Caught up on ${missed} ${missed === 1 ? 'change' : 'changes'}.`,
            6000,
          );
          // The missed events follow the ack, and apply like live ones.
        } else {
          say(null);
        }
        everJoined = true;
      });
    };

    const disconnected = (reason: string) => {
      setStatus(reason === 'io client disconnect' ? 'offline' : 'reconnecting');
      say('Connection lost. Reconnecting…');
    };
    const failed = (error: Error) => {
      setStatus('reconnecting');
      const refusal = (error as { data?: ConnectErrorData }).data;
      if (refusal?.code === 'RATE_LIMITED') {
        // Too many tabs open: the server refused this one; it asks again once told it may.
        say('Live updates are paused: too many Plenary tabs are open. Close one to resume.');
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => socket.connect(), refusal.retryAfterSeconds * 1000);
        return;
      }
      say(everJoined ? 'Connection lost. Reconnecting…' : 'Connecting to live updates…');
    };
    const heard: ServerToClientEvents['event'] = (event) => {
      if (event.accordId !== accordId || event.seq <= seqRef.current) return;
      const gap = event.seq > seqRef.current + 1;
      seqRef.current = event.seq;
      setLastSeq(event.seq);
      // A type from a newer server, or events we never got: the cache cannot follow, so ask.
      if (gap || !isKnownAccordEvent(event)) {
        staleRefetches.eventApplied();
        refetchEverything();
        return;
      }
      const context = { accordId, presence: presenceRef.current, refetch, refetchEverything };
      // The active queries whose data the event changed (their ObservableQuery is the watcher).
      const changed = new Set<unknown>();
      try {
        client.cache.batch({
          update: (cache) => applyEventRef.current(event, { ...context, cache }),
          onWatchUpdated: (watch) => {
            changed.add(watch.watcher);
          },
        });
        staleRefetches.eventApplied(changed);
      } catch (error) {
        // A handler that cannot follow must not leave the page behind.
        console.warn(`Live update ${event.type} #${event.seq} failed; fetching again`, error);
        staleRefetches.eventApplied();
        refetchEverything();
      }
    };
    const showPresence = () => {
      presenceRef.current = roster.users;
      setPresence(roster.users);
    };
    const snapshot: ServerToClientEvents['presence'] = (entries) => {
      if (roster.applySnapshot(entries)) showPresence();
    };
    const presenceMoved: ServerToClientEvents['presenceChanged'] = (change) => {
      if (roster.applyChange(change)) showPresence();
    };
    socket.on('connect', join);
    socket.on('disconnect', disconnected);
    socket.on('connect_error', failed);
    socket.on('event', heard);
    socket.on('presence', snapshot);
    socket.on('presenceChanged', presenceMoved);
    // The tab's socket may be connected already (the bell holds it): join now.
    if (socket.connected) join();

    return () => {
      // Where this page stopped, for the next one on this accord to join after (the cache holds
      // every event up to it). Written once here rather than with each event: see applyEvent's.
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Accord', id: accordId }),
        fields: { lastSeq: (seq: number) => Math.max(seq, seqRef.current) },
      });
      staleRefetches.close();
      clearTimeout(noticeTimer);
      clearTimeout(retryTimer);
      socket.emit('leave', { accordId });
      socket.off('connect', join);
      socket.off('disconnect', disconnected);
      socket.off('connect_error', failed);
      socket.off('event', heard);
      socket.off('presence', snapshot);
      socket.off('presenceChanged', presenceMoved);
      release();
      socketRef.current = null;
    };
  }, [accordId, client]);

  const focus = useCallback(
    (clauseId: string | null, typing = false) => {
      const previous = focusRef.current;
      if (previous.clauseId === clauseId && previous.typing === typing) return;
      focusRef.current = { clauseId, typing };
      socketRef.current?.emit('presence', { accordId, clauseId, typing });
    },
    [accordId],
  );

  const value = useMemo(
    () => ({ status, notice, presence, lastSeq, focus }),
    [status, notice, presence, lastSeq, focus],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

const offline: LiveAccord = {
  status: 'offline',
  notice: null,
  presence: [],
  lastSeq: 0,
  focus: () => undefined,
};

export function useLiveAccord(): LiveAccord {
  return useContext(LiveContext) ?? offline;
}
