import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type { MeQuery as MeResult } from '../data/gql/graphql';
import { actingForStore, tokenStore } from '../data/session';
import { MeQuery } from '../features/auth/auth.graphql';

export type Me = NonNullable<MeResult['me']>;
type MyMembership = Me['memberships'][number];

interface Session {
  /** undefined while we do not know yet; null when signed out. */
  me: Me | null | undefined;
  token: string | null;
  signIn: (token: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** The organization the delegate acts for (drafting, votes); one of his memberships. */
  actingFor: MyMembership | null;
  setActingFor: (organizationId: string) => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const token = useSyncExternalStore(
    (listener) => tokenStore.subscribe(listener),
    () => tokenStore.get(),
    () => null,
  );
  const [actingForId, setActingForId] = useState<string | null>(() => actingForStore.get());
  const { data, error } = useQuery(MeQuery, { skip: !token, fetchPolicy: 'cache-first' });

  const me: Me | null | undefined = !token ? null : data ? data.me : error ? null : undefined;

  const signIn = useCallback(
    async (newToken: string) => {
      tokenStore.set(newToken);
      await client.resetStore();
    },
    [client],
  );
  const signOut = useCallback(async () => {
    tokenStore.set(null);
    actingForStore.set(null);
    setActingForId(null);
    await client.clearStore();
  }, [client]);
  const setActingFor = useCallback((organizationId: string) => {
    actingForStore.set(organizationId);
    setActingForId(organizationId);
  }, []);

  const actingFor = useMemo(() => {
    const memberships = me?.memberships ?? [];
    return (
      memberships.find((m) => m.organization.id === actingForId) ??
      memberships.find((m) => m.role === 'REPRESENTATIVE') ??
      memberships[0] ??
      null
    );
  }, [me, actingForId]);

  const value = useMemo<Session>(
    () => ({ me, token, signIn, signOut, actingFor, setActingFor }),
    [me, token, signIn, signOut, actingFor, setActingFor],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
