import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { outcomes, postGraphql, tally } from '../apps/api/test/support/raw-http.js';
import { TestSocket } from '../apps/api/test/support/socket-client.js';
import { startTestAppOn, type TestApp } from '../apps/api/test/support/test-app.js';
import { createTestDatabase } from '../apps/api/test/support/test-database.js';
import { type SharedStore, sharedStores } from './support/shared-store.js';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const REGISTER = `mutation($e: String!, $p: String!) {
  register(email: $e, password: $p, displayName: "Delegate") { token user { id } } }`;
const PASSWORD = 'correct horse battery';

/** The same limits on both instances, small enough to reach; each spec uses its own address. */
const LIMITS = {
  PLENARY_TRUST_PROXY: 'loopback',
  PLENARY_LIMIT_SIGNIN_ACCOUNT: '2',
  PLENARY_LIMIT_REGISTRATIONS: '4',
  PLENARY_LIMIT_OPERATIONS: '20',
  PLENARY_LIMIT_OPERATIONS_SYNC_MS: '20',
  PLENARY_LIMIT_SOCKETS_PER_USER: '4',
};

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

/** What the shared store counted for a limiter key (`<name>:<key>`), read as the instances keep it. */
function sharedCounts(store: SharedStore, databaseUrl: string) {
  if (store.name === 'Redis') {
    const redis = new Redis(store.env().REDIS_URL!);
    return {
      read: async (key: string) => Number((await redis.get(`plenary:${key}`)) ?? 0),
      close: () => redis.quit().then(() => undefined),
    };
  }
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    read: async (key: string) =>
      (await db.query<{ points: number }>(`SELECT points FROM rate_limit WHERE key = $1`, [key]))
        .rows[0]?.points ?? 0,
    close: () => db.end(),
  };
}

describe.each(sharedStores('test/limits-across-instances.spec.ts'))(
  'limits hold across two API instances on one PostgreSQL, counted in %s',
  (_name, store) => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let a: TestApp;
    let b: TestApp;
    let counts: ReturnType<typeof sharedCounts>;

    beforeAll(async () => {
      await store.start();
      database = await createTestDatabase();
      a = await startTestAppOn(database.url, { ...LIMITS, ...store.env() });
      b = await startTestAppOn(database.url, { ...LIMITS, ...store.env() });
      counts = sharedCounts(store, database.url);
    });
    afterAll(async () => {
      await counts?.close();
      await a?.close();
      await b?.close();
      await database?.drop();
      await store.stop();
    });

    /** A new account, registered from an address of its own. */
    async function registered(api: TestApp) {
      const email = `delegate.${randomUUID()}@example.org`;
      const answer = await postGraphql(
        api,
        REGISTER,
        { e: email, p: PASSWORD },
        from(`192.0.2.${Math.floor(Math.random() * 250) + 1}`),
      );
      const { token, user } = (
        answer.body.data as { register: { token: string; user: { id: string } } }
      ).register;
      return { id: user.id, email, token };
    }

    it('registers four accounts from one address, whichever instance each request reaches', async () => {
      const burst = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          postGraphql(
            i % 2 ? a : b,
            REGISTER,
            { e: `r.${randomUUID()}@example.org`, p: PASSWORD },
            from('203.0.113.1'),
          ),
        ),
      );
      expect(tally(outcomes(burst))).toEqual({ OK: 4, RATE_LIMITED: 6 });
    });

    it('shares the sign-in gate of an account between instances', async () => {
      const user = await registered(a);
      const burst = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          postGraphql(
            i % 2 ? a : b,
            LOGIN,
            { e: user.email, p: 'wrong password!' },
            from('203.0.113.2'),
          ),
        ),
      );
      // Two free attempts and one through the gate, in all: not three per instance.
      expect(tally(outcomes(burst))).toEqual({ UNAUTHENTICATED: 3, RATE_LIMITED: 7 });
    });

    it('counts a user’s sockets on both instances together', async () => {
      const user = await registered(a);
      const onA = await Promise.all([
        TestSocket.connect(a.url, user.token),
        TestSocket.connect(a.url, user.token),
      ]);
      const attempts = await Promise.allSettled(
        Array.from({ length: 6 }, () => TestSocket.connect(b.url, user.token)),
      );
      const onB = attempts.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      try {
        expect(onB).toHaveLength(2);
        const refusals = attempts.flatMap((r) =>
          r.status === 'rejected' ? [(r.reason as { data?: unknown }).data] : [],
        );
        expect(refusals).toEqual(
          Array(4).fill({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) }),
        );
      } finally {
        for (const socket of [...onA, ...onB]) socket.close();
      }
    });

    it('counts a user’s operations on both instances together, once they have shared their counts', async () => {
      const user = await registered(a);
      const shared = () => counts.read(`operations:user:${user.id}`);
      const me = (api: TestApp) => postGraphql(api, '{ me { id } }', {}, { token: user.token });

      expect(tally(outcomes(await Promise.all(Array.from({ length: 12 }, () => me(a)))))).toEqual({
        OK: 12,
      });
      await waitFor(shared, (n) => n === 12, 'A to share its 12 operations');
      // B learns the total at its first sync after a request of this user.
      expect(outcomes([await me(b)])).toEqual(['OK']);
      await waitFor(shared, (n) => n === 13, 'B to share its operation and learn the total');
      const burst = await Promise.all(Array.from({ length: 10 }, () => me(b)));
      expect(tally(outcomes(burst))).toEqual({ OK: 7, RATE_LIMITED: 3 });
    });
  },
);

/** Polls a database read until it passes `check` (no clock is asserted). */
async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string) {
  let last: T | undefined;
  for (let i = 0; i < 400; i++) {
    last = await read();
    if (check(last)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(last)}`);
}
