import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Given, type TestUser } from './support/factories.js';
import { outcomes, postGraphql, tally } from './support/raw-http.js';
import { TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const REGISTER = `mutation($e: String!, $p: String!) { register(email: $e, password: $p, displayName: "Someone") { token } }`;
const PASSWORD = 'correct horse battery';

const unknownEmail = () => `nobody.${randomUUID().slice(0, 8)}@example.org`;

/**
 * Small limits, so that the specs reach them in a few requests; a first wait far longer than a
 * burst can last on a busy machine, so that no gate opens again while a spec counts.
 */
const LIMITS = {
  PLENARY_LIMIT_SIGNIN_ACCOUNT: '3',
  PLENARY_LIMIT_SIGNIN_DELAY_SECONDS: '60',
  PLENARY_LIMIT_SIGNIN_MAX_DELAY_SECONDS: '3600',
  PLENARY_LIMIT_SOCKETS_PER_USER: '3',
};

/** An instance of its own for a limit that the other specs' requests would use up. */
async function withApp(env: Record<string, string>, run: (app: TestApp) => Promise<void>) {
  const app = await startTestApp(env);
  try {
    await run(app);
  } finally {
    await app.close();
  }
}

describe('limits on what one client may ask', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp(LIMITS);
    given = new Given(api);
  });
  afterAll(() => api.close());

  const login = (email: string, password: string, headers?: Record<string, string>) =>
    postGraphql(api, LOGIN, { e: email, p: password }, { headers });

  describe('sign-in, per account', () => {
    it('lets the free attempts and one more through, even when 12 come at once, then refuses', async () => {
      const user = await given.user('Target');
      const burst = await Promise.all(
        Array.from({ length: 12 }, () => login(user.email, 'wrong password!')),
      );
      // Three free attempts, and the one that found the gate open and closed it.
      expect(tally(outcomes(burst))).toEqual({ UNAUTHENTICATED: 4, RATE_LIMITED: 8 });
      for (const refused of burst.filter(
        (r) => r.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED',
      )) {
        expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(refused.status).toBeLessThan(500);
      }
      // The right password too must wait: the attacker cannot tell it from a wrong one.
      const right = await login(user.email, PASSWORD);
      expect(outcomes([right])).toEqual(['RATE_LIMITED']);
    });

    it('answers an unknown email exactly as a known one', async () => {
      const burst = await Promise.all(
        Array.from({ length: 12 }, () => login(unknownEmail().replace('nobody', 'ghost'), 'x')),
      );
      expect(tally(outcomes(burst))).toEqual({ UNAUTHENTICATED: 12 }); // twelve different accounts
      const ghost = unknownEmail();
      const same = await Promise.all(
        Array.from({ length: 12 }, () => login(ghost, 'wrong password!')),
      );
      expect(tally(outcomes(same))).toEqual({ UNAUTHENTICATED: 4, RATE_LIMITED: 8 });
      expect(
        new Set(same.map((r) => r.body.errors?.[0]?.message.replace(/\d+ s$/, 'N s'))),
      ).toEqual(
        new Set([
          'invalid email or password',
          'Too many sign-in attempts for this account; try again in N s',
        ]),
      );
    });

    it('counts the account by its email whatever its case', async () => {
      const user = await given.user('Cased');
      for (const email of [user.email.toUpperCase(), ` ${user.email}`, user.email]) {
        expect(outcomes([await login(email, 'wrong password!')])).toEqual(['UNAUTHENTICATED']);
      }
      await login(user.email, 'wrong password!'); // the fourth goes, and closes the gate
      expect(outcomes([await login(user.email.toUpperCase(), PASSWORD)])).toEqual(['RATE_LIMITED']);
    });

    it('forgets the failures at a successful sign-in', async () => {
      const user = await given.user('Forgetful');
      for (let i = 0; i < 3; i++) await login(user.email, 'wrong password!');
      expect(outcomes([await login(user.email, PASSWORD)])).toEqual(['OK']); // the gate was open
      const again = [];
      for (let i = 0; i < 3; i++) again.push(await login(user.email, 'wrong password!'));
      expect(outcomes(again)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    });

    it('makes each further attempt wait longer', async () => {
      // A first wait of 5 s: short enough to sit out, long enough that the second attempt,
      // whose wait is 10 s, still finds the gate closed on a busy machine.
      const env = { ...LIMITS, PLENARY_LIMIT_SIGNIN_DELAY_SECONDS: '5' };
      await withApp(env, async (app) => {
        const login = (email: string, password: string) =>
          postGraphql(app, LOGIN, { e: email, p: password });
        const user = await new Given(app).user('Patient');
        for (let i = 0; i < 4; i++) await login(user.email, 'wrong password!');
        const first = await login(user.email, PASSWORD);
        const firstWait = first.body.errors?.[0]?.extensions?.retryAfterSeconds as number;
        expect(firstWait).toBe(5);
        // Once the gate opens, the next attempt goes and closes it for longer.
        await new Promise((resolve) => setTimeout(resolve, firstWait * 1000 + 100));
        expect(outcomes([await login(user.email, 'wrong password!')])).toEqual(['UNAUTHENTICATED']);
        const second = await login(user.email, PASSWORD);
        expect(second.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(firstWait);
      });
    });
  });

  describe('sign-in, per client address', () => {
    const fromAddress = (address: string) => ({ 'x-forwarded-for': address });

    it('closes an address after its free failures, whatever accounts it tried', async () => {
      const env = {
        PLENARY_LIMIT_SIGNIN_ADDRESS: '4',
        PLENARY_LIMIT_SIGNIN_DELAY_SECONDS: '60',
        PLENARY_TRUST_PROXY: 'loopback',
      };
      await withApp(env, async (app) => {
        const user = await new Given(app).user('Innocent');
        const tries = [];
        for (let i = 0; i < 5; i++) {
          tries.push(
            await postGraphql(
              app,
              LOGIN,
              { e: unknownEmail(), p: 'guess' },
              { headers: fromAddress('203.0.113.7') },
            ),
          );
        }
        expect(outcomes(tries)).toEqual(Array(5).fill('UNAUTHENTICATED'));
        const closed = await postGraphql(
          app,
          LOGIN,
          { e: user.email, p: PASSWORD },
          { headers: fromAddress('203.0.113.7') },
        );
        expect(outcomes([closed])).toEqual(['RATE_LIMITED']);
        expect(closed.body.errors?.[0]?.message).toMatch(/from this address/);
        // Behind the named proxy, another client is another address.
        const elsewhere = await postGraphql(
          app,
          LOGIN,
          { e: user.email, p: PASSWORD },
          { headers: fromAddress('203.0.113.8') },
        );
        expect(outcomes([elsewhere])).toEqual(['OK']);
      });
    });

    it('believes X-Forwarded-For only from a proxy named in PLENARY_TRUST_PROXY', async () => {
      const env = { PLENARY_LIMIT_SIGNIN_ADDRESS: '4', PLENARY_LIMIT_SIGNIN_DELAY_SECONDS: '60' };
      await withApp(env, async (app) => {
        const spoofed = [];
        for (let i = 0; i < 6; i++) {
          const headers = fromAddress(`198.51.100.${i + 1}`);
          spoofed.push(
            await postGraphql(app, LOGIN, { e: unknownEmail(), p: 'guess' }, { headers }),
          );
        }
        expect(outcomes(spoofed)).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
      });
    });
  });

  describe('registrations, per address', () => {
    it('registers three accounts of eight asked at once, and says when to come back', async () => {
      await withApp({ PLENARY_LIMIT_REGISTRATIONS: '3' }, async (fresh) => {
        const burst = await Promise.all(
          Array.from({ length: 8 }, () =>
            postGraphql(fresh, REGISTER, { e: unknownEmail(), p: PASSWORD }),
          ),
        );
        expect(tally(outcomes(burst))).toEqual({ OK: 3, RATE_LIMITED: 5 });
        const refused = burst.find((r) => outcomes([r])[0] === 'RATE_LIMITED')!;
        expect(refused.body.errors?.[0]?.extensions).toMatchObject({
          code: 'RATE_LIMITED',
          reason: 'RATE_LIMITED',
          retryAfterSeconds: expect.any(Number),
        });
        expect(refused.body.errors?.[0]?.message).toMatch(/Too many accounts registered/);
      });
    });
  });

  describe('operations, per user', () => {
    it('answers 429 with Retry-After once a user spent his operations, and only him', async () => {
      await withApp({ PLENARY_LIMIT_OPERATIONS: '25' }, async (app) => {
        const own = new Given(app);
        const [busy, other] = [await own.user('Busy'), await own.user('Other')];
        const burst = await Promise.all(
          Array.from({ length: 40 }, () =>
            postGraphql(app, '{ me { id } }', {}, { token: busy.token }),
          ),
        );
        expect(tally(outcomes(burst))).toEqual({ OK: 25, RATE_LIMITED: 15 });
        const refused = burst.find((r) => outcomes([r])[0] === 'RATE_LIMITED')!;
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(
          Number(refused.headers.get('retry-after')),
        );
        expect(refused.body.data ?? null).toBeNull();
        expect(
          outcomes([await postGraphql(app, '{ me { id } }', {}, { token: other.token })]),
        ).toEqual(['OK']);
      });
    });
  });

  describe('sockets, per user', () => {
    const refusalOf = (error: unknown) => (error as { data?: unknown }).data;

    it('connects three of ten sockets opened at once with one token', async () => {
      const user: TestUser = await given.user('Tabs');
      const attempts = await Promise.allSettled(
        Array.from({ length: 10 }, () => TestSocket.connect(api.url, user.token)),
      );
      const connected = attempts.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
      const refused = attempts.flatMap((a) =>
        a.status === 'rejected' ? [refusalOf(a.reason)] : [],
      );
      try {
        expect(connected).toHaveLength(3);
        expect(refused).toHaveLength(7);
        for (const data of refused) {
          expect(data).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
        }
        // Closing one frees its place.
        connected.pop()!.close();
        const reopened = await eventuallyConnect(api.url, user.token);
        connected.push(reopened);
      } finally {
        for (const socket of connected) socket.close();
      }
    });
  });
});

/** Connects once the server has seen a disconnection (released asynchronously). */
async function eventuallyConnect(url: string, token: string): Promise<TestSocket> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await TestSocket.connect(url, token);
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
