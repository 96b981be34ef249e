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

/** CPU time a process has used, in ms (Linux /proc; null elsewhere). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15 of stat), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The API's ready log line: its phases (main.ts), and the CPU its process used to get there. */
function readyFacts(line) {
  try {
    const { pid, phases } = JSON.parse(line);
    return { phases: phases ?? null, cpuMs: cpuMs(pid) };
  } catch {
    return { phases: null, cpuMs: null }; // an older build: a plain line
  }
}

/**
 * Launches, waits for the ready line, stops (SIGTERM: the API stops its PostgreSQL). Returns ms,
 * and for the API the phases and CPU time its ready line tells.
 */
async function timeStart(kind, dataDir) {
  const port = await freePort();
  const { command, args } =
    kind === 'api'
      ? apiCommand()
      : { command: process.execPath, args: [join(BENCH_DIR, 'baseline', 'postgres-only.mjs')] };
  const t0 = performance.now();
  const proc = spawnTracked(`${kind}-start`, command, args, {
    cwd: ROOT,
    // The API's JSON log line (not the plain one after it, which may overtake it): it has the phases.
    readyPattern: kind === 'api' ? /"msg":"Plenary is ready"/ : /postgres ready/,
    // As a developer would run it: development mode, default log level and demo, its own folder.
    env: childEnv({ PLENARY_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', API_DIST }),
    // Under npm, the API is a grandchild: it gets the SIGTERM (npm would leave it running).
    stopFirst: kind === 'api' ? API_MAIN : null,
  });
  try {
    const line = await waitReady(proc, 180000);
    const ms = performance.now() - t0;
    return { ms, ...(kind === 'api' ? readyFacts(line) : {}) };
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
    const apiWarm = []; // the API's ready lines: phases and CPU
    const measure = async (kind, temperature, dir) => {
      const start = await timeStart(kind, dir);
      times[kind][temperature].push(start.ms);
      if (kind === 'api' && temperature === 'warm') apiWarm.push(start);
      const facts = start.phases
        ? `; CPU ${start.cpuMs} ms; phases ${JSON.stringify(start.phases)}`
        : '';
      ctx.verbose(`${kind} ${temperature} start: ${Math.round(start.ms)} ms${facts}`);
    };
    for (let i = 0; i < cold; i++) {
      for (const kind of ['api', 'postgres']) {
        const dir = freshDir();
        dirs.push(dir);
        await measure(kind, 'cold', dir);
        warmDirs[kind] = dir;
      }
    }
    for (let i = 0; i < warm; i++) {
      for (const kind of ['api', 'postgres']) await measure(kind, 'warm', warmDirs[kind]);
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
    // Medians of the warm starts' CPU time and phases (absent from an older build's ready line).
    const median = (list) => (list.length ? summarize(list).median : null);
    const warmCpuMs = median(apiWarm.map((start) => start.cpuMs).filter((ms) => ms !== null));
    const phaseNames = [...new Set(apiWarm.flatMap((start) => Object.keys(start.phases ?? {})))];
    const warmPhasesMs = Object.fromEntries(
      phaseNames.map((name) => [
        name,
        median(apiWarm.map((start) => start.phases?.[name]).filter((ms) => ms !== undefined)),
      ]),
    );
    const cpuText = warmCpuMs === null ? '' : `, its CPU ${fmt(warmCpuMs / 1000, 's')}`;
    return {
      rows,
      summary:
        `cold ${fmt(rows[0].figure.median, 's')} (PostgreSQL alone ${fmt(rows[0].baseline.median, 's')}; target < 60 s: ${rows[0].met ? 'met' : 'SHORT'}), ` +
        `warm ${fmt(rows[1].figure.median, 's')}${cpuText} (PostgreSQL alone ${fmt(rows[1].baseline.median, 's')}; target < 5 s: ${rows[1].met ? 'met' : 'SHORT'})`,
      details: {
        note: 'measured from spawning npm start (its build step finds nothing to build after the bench build) to the ready line',
        warmCpuMs,
        warmPhasesMs,
      },
    };
  },
};
