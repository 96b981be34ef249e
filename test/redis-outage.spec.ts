import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Discussion } from '../apps/api/test/support/discussion.js';
import { Given, type PartyList, type TestUser } from '../apps/api/test/support/factories.js';
import { Negotiation } from '../apps/api/test/support/negotiation.js';
import { postGraphql } from '../apps/api/test/support/raw-http.js';
import { eventually, TestSocket } from '../apps/api/test/support/socket-client.js';
import {
  startTestAppOn,
  TEST_JWT_SECRET,
  TEST_SIGNING_KEY,
  type TestApp,
} from '../apps/api/test/support/test-app.js';
import { createTestDatabase } from '../apps/api/test/support/test-database.js';
import { startRedisServer } from '../bench/lib/redis-server.mjs';
import { loadConfig } from '../apps/api/src/config/config.js';
import { createApi } from '../apps/api/src/bootstrap.js';
import { ApiProcess } from './support/api-process.js';
import { redisMissing, RedisStore } from './support/shared-store.js';

// Debian's redis-server (`.ci/run` installs it, so CI never skips).
const missing = redisMissing();
if (missing) console.warn(`test/redis-outage.spec.ts is skipped: ${missing}`);
const describeWithRedis = missing ? describe.skip : describe;

// Short, so that a heartbeat (a third of it) comes soon after Redis is back.
const PRESENCE = { PLENARY_PRESENCE_TTL_SECONDS: '3' };

interface Health {
  status: number;
  body: { status: string; info?: Record<string, unknown>; error?: Record<string, unknown> };
}

async function health(api: { url: string }, path: 'ready' | 'live'): Promise<Health> {
  const response = await fetch(`${api.url}/health/${path}`);
  return { status: response.status, body: (await response.json()) as Health['body'] };
}

describeWithRedis('Redis dies mid-session and comes back (REDIS_URL set)', () => {
  const store = new RedisStore();
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: TestApp;
  let b: ApiProcess;
  let accordId: string;
  let facilitator: TestUser;
  let parties: PartyList<{ GOVERNMENT: 2 }>;
  let amendmentId: string;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    await store.start();
    database = await createTestDatabase();
    a = await startTestAppOn(database.url, { ...PRESENCE, ...store.env() });
    b = await ApiProcess.start(database.url, { ...PRESENCE, ...store.env() });
    ({ accordId, facilitator, parties } = await new Given(a).accordWithParties({
      parties: { GOVERNMENT: 2 },
    }));
    amendmentId = (
      await new Negotiation(a, accordId, facilitator).propose(parties[0], {
        kind: 'ADD_CLAUSE',
        text: 'States should not knowingly allow their territory to be used for cyber attacks.',
        force: 'VOLUNTARY',
      })
    ).id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await b?.crash();
    await a?.close();
    await database?.drop();
    await store.stop();
  });

  it('says so in readiness, answers SERVICE_UNAVAILABLE where it needs Redis, keeps the log live, and recovers', async () => {
    const onA = await TestSocket.connect(a.url, parties[0].representative.token);
    const onB = await TestSocket.connect(b.url, parties[1].representative.token);
    sockets.push(onA, onB);
    await onA.join(accordId);
    await onB.join(accordId);
    await onB.waitForPresence(
      accordId,
      (p) => p.users.some((u) => u.userId === parties[0].representative.id),
      'the delegate on A, seen on B through Redis',
    );
    expect((await health(a, 'ready')).body.info).toMatchObject({ redis: { status: 'up' } });

    const server = store.server!;
    await server.kill(); // SIGKILL: a crash, nothing saved (`--save ''`)

    // Readiness says what is missing; liveness does not restart anyone for it.
    const down = await eventually(
      () => health(a, 'ready'),
      (h) => h.status === 503,
      'readiness to report Redis down',
    );
    expect(down.body.error).toMatchObject({ redis: { status: 'down' } });
    expect((await health(a, 'live')).status).toBe(200);
    expect((await health(b, 'ready')).status).toBe(503);

    // Presence lives in Redis: a clear refusal, not an internal error.
    expect(await onA.raw('presence', { accordId, typing: true })).toEqual({
      ok: false,
      error: {
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
        message: expect.stringMatching(/Redis/) as unknown as string,
      },
    });

    // The accord log does not go through Redis: a comment still reaches both instances' sockets.
    const seenA = onA.events.length;
    const seenB = onB.events.length;
    await new Discussion(a, accordId).post(parties[1].representative, {
      amendmentId,
      body: 'Said while Redis was down.',
    });
    await onA.waitForEvents(seenA + 1);
    await onB.waitForEvents(seenB + 1);

    // The limits count alone meanwhile: signing in and GraphQL still answer, never with a 500.
    const login = await postGraphql(
      a,
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: parties[0].representative.email, p: 'not the password' },
    );
    expect(login.status).toBe(200);
    expect(login.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A new socket is admitted (its lease cannot be counted), as with PostgreSQL away.
    const late = await TestSocket.connect(b.url, parties[1].representative.token);
    sockets.push(late);

    // Redis comes back, empty, on the same address.
    store.server = await startRedisServer({ port: server.port });
    await eventually(
      () => health(a, 'ready'),
      (h) => h.status === 200,
      'readiness on A once Redis is back',
    );
    await eventually(
      () => health(b, 'ready'),
      (h) => h.status === 200,
      'readiness on B once Redis is back',
    );
    // The adapter subscribed again: presence crosses instances, and the heartbeats wrote back
    // every live socket's entry (a new reader sees both delegates).
    await eventually(
      () => onA.raw('presence', { accordId, typing: true }),
      (ack) => (ack as { ok: boolean }).ok,
      'a presence change accepted again',
    );
    await onB.waitForPresence(
      accordId,
      (p) => p.users.some((u) => u.userId === parties[0].representative.id && u.typing),
      'the delegate on A typing, seen on B after the outage',
    );
    const newcomer = await TestSocket.connect(b.url, facilitator.token);
    sockets.push(newcomer);
    await newcomer.join(accordId);
    await newcomer.waitForPresence(
      accordId,
      (p) =>
        [parties[0].representative.id, parties[1].representative.id].every((id) =>
          p.users.some((u) => u.userId === id),
        ),
      'both delegates in the presence read from the restarted Redis',
    );
  });

  it('refuses to start when REDIS_URL names no Redis, saying where it looked', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      JWT_SECRET: TEST_JWT_SECRET,
      PLENARY_SIGNING_KEY: TEST_SIGNING_KEY,
      PLENARY_DEMO: 'false',
      PLENARY_DATA_DIR: mkdtempSync(join(tmpdir(), 'plenary-app-')),
      REDIS_URL: 'redis://:hunter2@127.0.0.1:1/0',
    });
    const started = createApi({ config, databaseUrl: database.url });
    await expect(started).rejects.toThrow(
      /Cannot reach Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1\/0/,
    );
  });
});
