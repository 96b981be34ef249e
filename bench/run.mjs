#!/usr/bin/env node
// `npm run bench`: every hot path of the API against its physical limit, in one run.
// Starts its own PostgreSQL (embedded, or the server of DATABASE_URL, in databases of its own),
// the built API and the baseline servers as child processes, loads data, measures each scenario
// and its baseline in interleaved rounds, prints a table and writes bench/results/latest.json.
//
//   node bench/run.mjs [--quick | --smoke] [--only=1,2,7] [--rounds=N] [--profile] [--verbose]
//
// --quick: fewer/shorter rounds, same data sizes but for scenario 3 (no 3,000 sockets) and 9 (10
// and 60 delegates for 12 s). --smoke: tiny sizes (the test suite runs it).
// --profile: the API instances run with --cpu-prof (bench/results/profiles/).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { startApi } from './lib/api.mjs';
import { startBaselineHttp } from './baseline/start.mjs';
import { cpuMeter } from './lib/cpu.mjs';
import { startDatabaseServer } from './lib/database.mjs';
import { Fixtures } from './lib/fixtures.mjs';
import { API_DIST, RESULTS_DIR, ROOT } from './lib/paths.mjs';
import { liveProcesses, onCleanup, stopEverything } from './lib/processes.mjs';
import { machine, tableLines, writeReport } from './lib/report.mjs';
import { Skip, detectCapabilities } from './lib/capabilities.mjs';
import { summarize } from './lib/stats.mjs';
import accordRead from './scenarios/1-accord-read.mjs';
import castBallot from './scenarios/2-cast-ballot.mjs';
import commentFanout from './scenarios/3-comment-fanout.mjs';
import twoInstances from './scenarios/4-two-instances.mjs';
import historyAtScale from './scenarios/5-history-at-scale.mjs';
import tallyRead from './scenarios/6-tally-read.mjs';
import startup from './scenarios/7-startup.mjs';
import checkpointCost from './scenarios/8-checkpoint-cost.mjs';
import liveLoad from './scenarios/9-live-load.mjs';
import searchAtScale from './scenarios/10-search-at-scale.mjs';

const SCENARIOS = [
  accordRead,
  castBallot,
  commentFanout,
  twoInstances,
  historyAtScale,
  tallyRead,
  startup,
  checkpointCost,
  liveLoad,
  searchAtScale,
];

/** The data sizes of the issue, which `full` and `quick` share. */
const ISSUE_SIZES = {
  s1: {
    clauses: 20,
    smallClauses: 5,
    scalingClauses: 400,
    commentsPerClause: 5,
    openPerClause: 2,
    connections: 10,
  },
  s2: { delegates: 50 },
  s3: { sockets: 1000, socketCounts: [100, 1000, 3000], messagesPerRound: 15, users: 20 },
  s5: { versions: 10000, smallVersions: 10 },
  s6: { ballots: 10000, smallBallots: 10 },
  s7: { cold: 3, warm: 3 },
  s9: {
    small: 20,
    large: 200,
    parties: 4,
    clauses: 3,
    // A delegate's pace: see scenario 9's header (reading an article or an amendment, writing a
    // remark: 4 to 20 s between actions, 12 s on average), and a vote open 30 s.
    seconds: 60,
    thinkMs: [4000, 20000],
    voteMs: 30000,
  },
  s10: { comments: 100000, smallComments: 1000, matching: 20 },
};

/** Data sizes and timing per mode. */
const PROFILES = {
  full: { rounds: 5, seconds: 3, latencySeconds: 1.5, warmupSeconds: 1, ...ISSUE_SIZES },
  quick: {
    rounds: 3,
    seconds: 1.5,
    latencySeconds: 0.75,
    warmupSeconds: 0.5,
    ...ISSUE_SIZES,
    // Building 400 clauses by vote takes minutes on a busy machine; the quick run grows ×5.
    s1: { ...ISSUE_SIZES.s1, scalingClauses: 100 },
    s3: { ...ISSUE_SIZES.s3, socketCounts: [100, 1000], messagesPerRound: 8 },
    s7: { cold: 1, warm: 2 },
    s9: { ...ISSUE_SIZES.s9, small: 10, large: 60, seconds: 30 },
  },
  smoke: {
    rounds: 1,
    seconds: 0.3,
    latencySeconds: 0.2,
    warmupSeconds: 0.1,
    requestsPerRound: 20,
    warmup: false,
    s1: {
      clauses: 3,
      smallClauses: 1,
      scalingClauses: 6,
      commentsPerClause: 2,
      openPerClause: 1,
      connections: 2,
    },
    s2: { delegates: 3 },
    s3: { sockets: 10, socketCounts: [10], messagesPerRound: 2, users: 2 },
    s5: { versions: 12, smallVersions: 3 },
    s6: { ballots: 12, smallBallots: 3 },
    s7: { cold: 1, warm: 1 },
    s9: {
      small: 2,
      large: 4,
      parties: 2,
      clauses: 1,
      seconds: 2,
      thinkMs: [100, 300],
      voteMs: 800,
    },
    s10: { comments: 300, smallComments: 30, matching: 3 },
  },
};

function parseArgs(argv) {
  const args = {
    mode: 'full',
    only: null,
    rounds: null,
    profile: false,
    verbose: false,
    output: 'latest.json',
  };
  for (const arg of argv) {
    if (arg === '--quick') args.mode = 'quick';
    else if (arg === '--smoke') args.mode = 'smoke';
    else if (arg === '--profile') args.profile = true;
    else if (arg === '--verbose') args.verbose = true;
    else if (arg.startsWith('--only='))
      args.only = arg
        .slice(7)
        .split(',')
        .map((s) => s.trim());
    else if (arg.startsWith('--rounds=')) args.rounds = Number(arg.slice(9));
    else if (arg.startsWith('--output=')) args.output = arg.slice(9);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'node bench/run.mjs [--quick | --smoke] [--only=1,2,...] [--rounds=N] [--profile] [--verbose] [--output=file.json]\n',
      );
      process.exit(0);
    } else {
      process.stderr.write(`unknown argument: ${arg}\n`);
      process.exit(2);
    }
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const profile = structuredClone(PROFILES[args.mode]);
if (args.rounds) profile.rounds = args.rounds;
const startedAt = Date.now();
const log = (message) =>
  process.stderr.write(
    `[bench ${((Date.now() - startedAt) / 1000).toFixed(1).padStart(5)}s] ${message}\n`,
  );
const verbose = args.verbose ? log : () => undefined;

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    interrupted = true;
    log(`${signal}: stopping everything`);
    void stopEverything().finally(() => process.exit(130));
  });
}

/** What scenarios share: the database server, one API instance, the baseline server, fixtures. */
function makeContext(db) {
  const once = (make) => {
    let promise = null;
    return () => (promise ??= make());
  };
  const ctx = {
    shared: {},
    onCleanup,
    willRun: (id) => !args.only || args.only.includes(id),
    args,
    profile,
    mode: args.mode,
    log,
    verbose,
    db,
    profileDir: args.profile ? join(RESULTS_DIR, 'profiles') : null,
    mainDatabase: once(() => db.createDatabase('plenary_bench')),
    mainApi: once(async () => {
      const database = await ctx.mainDatabase();
      const api = await startApi({
        databaseUrl: database.url,
        name: 'api',
        profileDir: ctx.profileDir,
        // Scenario 9 judges the server by the time it says it took (Server-Timing).
        env: { PLENARY_SERVER_TIMING: 'true' },
      });
      verbose(`API up at ${api.url} (pid ${api.pid})`);
      return api;
    }),
    baselineHttp: once(async () => {
      const database = await ctx.mainDatabase();
      return startBaselineHttp({ databaseUrl: database.url });
    }),
    fixtures: once(async () => {
      const [api, database] = await Promise.all([ctx.mainApi(), ctx.mainDatabase()]);
      const fixtures = new Fixtures(api.url, database.url);
      onCleanup(() => fixtures.close());
      return fixtures;
    }),
    capabilities: once(async () => detectCapabilities((await ctx.mainApi()).url)),
    /**
     * Waits until the bench database has no statement running: a load round ends with requests
     * still queued in the server (autocannon stops waiting, the server does not), and the next
     * round must not inherit them.
     */
    async quiet(timeoutMs = 30000) {
      const { pool } = await ctx.fixtures();
      const deadline = Date.now() + timeoutMs;
      let calm = 0;
      while (calm < 2 && Date.now() < deadline) {
        const { rows } = await pool.query(
          `SELECT count(*)::int AS busy FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND state NOT IN ('idle')`,
        );
        calm = rows[0].busy === 0 ? calm + 1 : 0;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    /** CPU ms per operation of `pid` and of PostgreSQL over `fn` (which returns the number of operations). */
    async cpuPerOp(name, pid, fn, sink) {
      const meter = cpuMeter({ pids: { [name]: pid }, postgresDataDir: db.dataDir });
      const result = await fn();
      const spent = meter.stop();
      if (spent && result.requests > 0) {
        sink.push({
          [name]: spent[name] / result.requests,
          ...(db.dataDir ? { postgres: spent.postgres / result.requests } : {}),
        });
      }
      return result;
    },
    /** How long a load round lasts: `seconds` (or the latency length), or a fixed `amount` in smoke runs. */
    load(warmup, kind = 'throughput') {
      if (profile.requestsPerRound) {
        return {
          amount: warmup ? Math.ceil(profile.requestsPerRound / 2) : profile.requestsPerRound,
          warmup,
        };
      }
      const seconds = warmup
        ? profile.warmupSeconds
        : kind === 'latency'
          ? profile.latencySeconds
          : profile.seconds;
      return { seconds, warmup };
    },
    /**
     * Interleaved rounds: a warm-up of each side, then figure/baseline alternately, so drift
     * (autovacuum, caches, thermal) hits both alike. Returns summaries of both.
     */
    async rounds({ figure, baseline, warmup = profile.warmup !== false, count = profile.rounds }) {
      if (warmup) {
        await figure(true);
        if (baseline) await baseline(true);
      }
      const figures = [];
      const baselines = [];
      await ctx.quiet();
      for (let i = 0; i < count; i++) {
        figures.push(await figure(false));
        await ctx.quiet();
        if (baseline) {
          baselines.push(await baseline(false));
          await ctx.quiet();
        }
      }
      return { figure: summarize(figures), baseline: baseline ? summarize(baselines) : null };
    },
  };
  return ctx;
}

function gitRevision() {
  try {
    const rev = execSync('git rev-parse --short HEAD', {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    const dirty =
      execSync('git status --porcelain', { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() !== '';
    return `${rev}${dirty ? '+dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function main() {
  if (!existsSync(join(API_DIST, 'main.js'))) {
    throw new Error(`${API_DIST}/main.js is missing: run \`npm run bench\` (it builds first)`);
  }
  const selected = SCENARIOS.filter((s) => !args.only || args.only.includes(s.id));
  log(
    `mode ${args.mode}: ${profile.rounds} rounds; scenarios ${selected.map((s) => s.id).join(', ')}`,
  );
  const results = [];
  const loadAtStart = loadavg();
  let postgres;
  let exitCode = 0;
  try {
    const db = await startDatabaseServer({ log });
    postgres = await db.version();
    const ctx = makeContext(db);
    for (const scenario of selected) {
      if (interrupted) break;
      const t0 = Date.now();
      log(`scenario ${scenario.id}: ${scenario.title}`);
      let result;
      try {
        const outcome = await scenario.run(ctx);
        result = { id: scenario.id, title: scenario.title, status: 'ok', ...outcome };
      } catch (error) {
        if (error instanceof Skip) {
          result = {
            id: scenario.id,
            title: scenario.title,
            status: 'skipped',
            reason: error.message,
          };
        } else {
          exitCode = 1;
          result = {
            id: scenario.id,
            title: scenario.title,
            status: 'error',
            reason: error?.message?.split('\n')[0] ?? String(error),
          };
          log(`scenario ${scenario.id} failed: ${error?.stack ?? error}`);
        }
      }
      result.seconds = Math.round((Date.now() - t0) / 100) / 10;
      results.push(result);
      const line = result.status === 'ok' ? result.summary : `${result.status}: ${result.reason}`;
      process.stdout.write(`[${scenario.id}] ${scenario.title} — ${line} (${result.seconds} s)\n`);
    }
  } finally {
    await stopEverything();
    const left = liveProcesses();
    if (left.length > 0) log(`still running after cleanup: ${JSON.stringify(left)}`);
  }
  const report = {
    date: new Date().toISOString(),
    mode: args.mode,
    rounds: profile.rounds,
    revision: gitRevision(),
    machine: machine(),
    // Other work on the machine skews every figure: the 1-minute load average before and after.
    loadAverage: { start: loadAtStart[0], end: loadavg()[0] },
    postgres,
    database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded',
    totalSeconds: Math.round((Date.now() - startedAt) / 1000),
    results,
  };
  const path = writeReport(report, args.output);
  process.stdout.write(`\n${tableLines(results).join('\n')}\n\n`);
  process.stdout.write(
    `${report.date} · ${report.machine.cpus} × ${report.machine.cpuModel} · ${report.machine.memoryGiB} GiB · ` +
      `Node ${report.machine.node} · PostgreSQL ${postgres} (${report.database}) · ${report.totalSeconds} s · ` +
      `load average ${report.loadAverage.start.toFixed(1)} → ${report.loadAverage.end.toFixed(1)}\n`,
  );
  process.stdout.write(`report: ${path}\n`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    log(`failed: ${error?.stack ?? error}`);
    await stopEverything();
    process.exit(1);
  },
);
