// Starts the built API (apps/api/dist/main.js, what `npm start` runs) as a child process on a
// database of the harness, with the SQL probe preloaded.
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { API_DIST, BENCH_DIR, ROOT } from './paths.mjs';
import { onCleanup, spawnTracked, stopProcess, waitReady } from './processes.mjs';

export const BENCH_JWT_SECRET = 'plenary-bench-secret-0123456789-abcdefghijklmnop';
/** The checkpoint key of every instance, the baseline and the bulk fixtures (one per run). */
export const BENCH_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey;
const BENCH_SIGNING_PEM = BENCH_SIGNING_KEY.export({ type: 'pkcs8', format: 'pem' }).toString();
/** The API's default, given explicitly: the fixtures and the baseline sign as often. */
export const BENCH_CHECKPOINT_EVERY = 50;
export const signingEnv = (every = BENCH_CHECKPOINT_EVERY) => ({
  PLENARY_SIGNING_KEY: BENCH_SIGNING_PEM,
  PLENARY_CHECKPOINT_EVERY: String(every),
});

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Environment of a child: the caller's PATH and friends, never its DATABASE_URL or PORT. */
export function childEnv(extra) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (
      (key.startsWith('PLENARY_') && !key.startsWith('PLENARY_BENCH_')) ||
      ['DATABASE_URL', 'PORT', 'HOST', 'JWT_SECRET', 'LOG_LEVEL', 'NODE_ENV'].includes(key)
    ) {
      delete env[key];
    }
  }
  delete env.NODE_OPTIONS; // jest's --experimental-vm-modules must not leak into the children
  return { ...env, ...extra };
}

/**
 * Node flags that `npm start` gives the API (package.json: "node <flags> apps/api/dist/main.js"),
 * so that the benchmark runs the API exactly as it is started.
 */
export function startFlags() {
  try {
    const start = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts?.start ?? '';
    const match = /\bnode((?:\s+--?[\w-]+(?:=\S+)?)*)\s+apps\/api\/dist\/main\.js/.exec(start);
    return match ? match[1].trim().split(/\s+/).filter(Boolean) : [];
  } catch {
    return [];
  }
}

const BENCH_LIMITS = {
  PLENARY_LIMIT_REGISTRATIONS: '1000000',
  PLENARY_LIMIT_SIGNIN_ADDRESS: '1000000',
  PLENARY_LIMIT_SOCKETS_PER_USER: '100000',
  PLENARY_LIMIT_OPERATIONS: '1000000000',
};

let probeIds = 0;

/**
 * Starts one API instance. `profileDir` turns on --cpu-prof (written when it stops).
 * Returns { url, port, pid, sql: { reset(), read() }, stop() }.
 */
export async function startApi({
  databaseUrl,
  name = 'api',
  profileDir = null,
  env = {},
  // Only ends a start that never gets there: a cold start took 118 s at load average 41.
  timeoutMs = 300_000,
  dist = API_DIST,
}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-api-'));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const nodeArgs = [...startFlags(), '--import', join(BENCH_DIR, 'lib', 'sql-probe.mjs')];
  // Extra node flags for experiments, e.g. PLENARY_BENCH_NODE_FLAGS=--max-semi-space-size=64.
  if (process.env.PLENARY_BENCH_NODE_FLAGS)
    nodeArgs.push(...process.env.PLENARY_BENCH_NODE_FLAGS.split(/\s+/).filter(Boolean));
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    nodeArgs.push(
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
      `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`,
    );
  }
  const proc = spawnTracked(name, process.execPath, [...nodeArgs, join(dist, 'main.js')], {
    cwd: ROOT,
    ipc: true,
    readyPattern: /Plenary is ready/,
    env: childEnv({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      JWT_SECRET: BENCH_JWT_SECRET,
      ...signingEnv(),
      LOG_LEVEL: 'warn',
      PLENARY_DEMO: 'false',
      PLENARY_DATA_DIR: dataDir,
      // The harness is one client that registers hundreds of delegates, opens 1,000 sockets for
      // 20 users and reads as fast as it can: limits far above that, still checked on every
      // request, so that their cost is measured.
      ...BENCH_LIMITS,
      ...env,
    }),
  });
  await waitReady(proc, timeoutMs);
  const pending = new Map();
  proc.child.on('message', (message) => {
    const resolve = pending.get(message?.id);
    if (resolve) {
      pending.delete(message.id);
      resolve(message);
    }
  });
  const ask = (probe) =>
    new Promise((resolve, reject) => {
      const id = ++probeIds;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${name}: no answer from the SQL probe`));
      }, 5000);
      pending.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      proc.child.send({ probe, id });
    });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    port,
    pid: proc.pid,
    proc,
    sql: {
      reset: () => ask('reset'),
      read: async () => {
        const { count, statements } = await ask('read');
        return { count, statements };
      },
    },
    stop: () => stopProcess(proc),
  };
}
