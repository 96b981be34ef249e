// Scenario 7 — start-up: from `npm start` to "Plenary is ready", with an empty data folder (cold:
// initdb, migrations, demo accord) and with the folder of the previous start (warm). Baseline:
// the embedded PostgreSQL alone, cold and warm. Targets are absolute: cold < 60 s, warm < 5 s.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, freePort, startFlags } from '../lib/api.mjs';
import { API_DIST, BENCH_DIR, ROOT } from '../lib/paths.mjs';
import { spawnTracked, stopOrphanPostgres, stopProcess, waitReady } from '../lib/processes.mjs';
import { fmt, row } from '../lib/report.mjs';
import { summarize } from '../lib/stats.mjs';

const API_MAIN = /apps\/api\/dist\/main\.js/;

/** `npm start` when this checkout has it (it builds — a no-op after `npm run bench`'s build). */
function apiCommand() {
  try {
    const start = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts?.start;
    if (start && API_MAIN.test(start))
      return { command: 'npm', args: ['start', '--silent'], label: 'npm start' };
  } catch {
    /* no package.json: a copy of the built API */
  }
  return {
    command: process.execPath,
    args: [...startFlags(), join(API_DIST, 'main.js')],
    label: 'node apps/api/dist/main.js',
  };
}

/** Launches, waits for the ready line, stops (SIGTERM: the API stops its PostgreSQL). Returns ms. */
async function timeStart(kind, dataDir) {
  const port = await freePort();
  const { command, args } =
    kind === 'api'
      ? apiCommand()
      : { command: process.execPath, args: [join(BENCH_DIR, 'baseline', 'postgres-only.mjs')] };
  const t0 = performance.now();
  const proc = spawnTracked(`${kind}-start`, command, args, {
    cwd: ROOT,
    readyPattern: kind === 'api' ? /Plenary is ready/ : /postgres ready/,
    // As a developer would run it: development mode, default log level and demo, its own folder.
    env: childEnv({ PLENARY_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', API_DIST }),
    // Under npm, the API is a grandchild: it gets the SIGTERM (npm would leave it running).
    stopFirst: kind === 'api' ? API_MAIN : null,
  });
  try {
    await waitReady(proc, 180000);
    return performance.now() - t0;
  } finally {
    await stopProcess(proc, 30000);
    if (stopOrphanPostgres(join(dataDir, 'pg')))
      await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

function freshDir() {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-start-'));
  chmodSync(dir, 0o755); // PostgreSQL runs as the OS user postgres when we are root
  return dir;
}

export default {
  id: '7',
  title: 'Start-up',
  async run(ctx) {
    const { cold, warm } = ctx.profile.s7;
    const dirs = [];
    ctx.onCleanup(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
    const times = { api: { cold: [], warm: [] }, postgres: { cold: [], warm: [] } };
    const warmDirs = {};
    for (let i = 0; i < cold; i++) {
      for (const kind of ['api', 'postgres']) {
        const dir = freshDir();
        dirs.push(dir);
        times[kind].cold.push(await timeStart(kind, dir));
        warmDirs[kind] = dir;
        ctx.verbose(`${kind} cold start: ${Math.round(times[kind].cold.at(-1))} ms`);
      }
    }
    for (let i = 0; i < warm; i++) {
      for (const kind of ['api', 'postgres']) {
        times[kind].warm.push(await timeStart(kind, warmDirs[kind]));
        ctx.verbose(`${kind} warm start: ${Math.round(times[kind].warm.at(-1))} ms`);
      }
    }
    const s = (list) => summarize(list.map((ms) => ms / 1000));
    const rows = [
      row({
        measure: 'start-up, cold (empty data folder)',
        unit: 's',
        figure: s(times.api.cold),
        baseline: s(times.postgres.cold),
        baselineLabel: 'embedded PostgreSQL alone',
        higherIsBetter: false,
        target: { on: 'figure', op: '<', value: 60, text: '< 60 s' },
      }),
      row({
        measure: 'start-up, warm',
        unit: 's',
        figure: s(times.api.warm),
        baseline: s(times.postgres.warm),
        baselineLabel: 'embedded PostgreSQL alone',
        higherIsBetter: false,
        target: { on: 'figure', op: '<', value: 5, text: '< 5 s' },
      }),
    ];
    return {
      rows,
      summary:
        `cold ${fmt(rows[0].figure.median, 's')} (PostgreSQL alone ${fmt(rows[0].baseline.median, 's')}; target < 60 s: ${rows[0].met ? 'met' : 'SHORT'}), ` +
        `warm ${fmt(rows[1].figure.median, 's')} (PostgreSQL alone ${fmt(rows[1].baseline.median, 's')}; target < 5 s: ${rows[1].met ? 'met' : 'SHORT'})`,
      details: {
        note: 'measured from spawning node apps/api/dist/main.js; the build step of npm start is not included',
      },
    };
  },
};
