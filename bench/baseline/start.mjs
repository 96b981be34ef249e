// Starts the baseline servers as child processes (like the API, so both are measured alike).
import { join } from 'node:path';
import { BENCH_JWT_SECRET, childEnv, freePort, signingEnv } from '../lib/api.mjs';
import { BENCH_DIR, ROOT } from '../lib/paths.mjs';
import { spawnTracked, stopProcess, waitReady } from '../lib/processes.mjs';

export async function startBaselineHttp({ databaseUrl, poolSize = 20 }) {
  const port = await freePort();
  const proc = spawnTracked(
    'baseline-http',
    process.execPath,
    [join(BENCH_DIR, 'baseline', 'http-server.mjs')],
    {
      cwd: ROOT,
      readyPattern: /baseline http ready/,
      env: childEnv({
        DATABASE_URL: databaseUrl,
        JWT_SECRET: BENCH_JWT_SECRET,
        ...signingEnv(),
        PORT: String(port),
        POOL_SIZE: String(poolSize),
      }),
    },
  );
  await waitReady(proc, 20000);
  return { url: `http://127.0.0.1:${port}`, pid: proc.pid, stop: () => stopProcess(proc) };
}

export async function startBareSocketServer() {
  const port = await freePort();
  const proc = spawnTracked(
    'baseline-socket',
    process.execPath,
    [join(BENCH_DIR, 'baseline', 'socket-server.mjs')],
    {
      cwd: ROOT,
      readyPattern: /baseline socket ready/,
      env: childEnv({ PORT: String(port) }),
    },
  );
  await waitReady(proc, 20000);
  return { url: `http://127.0.0.1:${port}`, pid: proc.pid, stop: () => stopProcess(proc) };
}
