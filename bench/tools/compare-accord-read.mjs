#!/usr/bin/env node
// Scenario 1's computed read (read cache off) on two builds of the API side by side, on one
// database, in interleaved rounds: CPU per read of each API and of PostgreSQL meanwhile. How to
// tell whether a change to the read path pays on a busy machine, where req/s drifts with the load.
//   node bench/tools/compare-accord-read.mjs <other dist>... [--rounds=6] [--seconds=3] [--connections=10]
// `<other dist>` is a copy of apps/api/dist built from another commit, kept inside the repository
// (its packages resolve from the repository's node_modules), e.g. tmp/dist-base.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startApi } from '../lib/api.mjs';
import { cpuMeter } from '../lib/cpu.mjs';
import { startDatabaseServer } from '../lib/database.mjs';
import { Fixtures } from '../lib/fixtures.mjs';
import { hammer, noGraphqlErrors } from '../lib/load.mjs';
import { API_DIST } from '../lib/paths.mjs';
import { stopEverything } from '../lib/processes.mjs';
import { accordQuery, buildAccord } from '../scenarios/1-accord-read.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const others = args.filter((a) => !a.startsWith('--'));
if (others.length === 0) {
  process.stderr.write('usage: compare-accord-read.mjs <other dist> [--rounds=6] [--seconds=3]\n');
  process.exit(2);
}
const rounds = option('rounds', 6);
const seconds = option('seconds', 3);
const connections = option('connections', 10);
const log = (line) => process.stderr.write(`${line}\n`);
/** Kernel CPU ms of a process so far (system time: syscalls such as socket writes). */
const systemMs = (pid) => {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[12]) * 10;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  const db = await startDatabaseServer({ log });
  const database = await db.createDatabase('plenary_compare_read');
  const env = { PLENARY_READ_CACHE_ENTRIES: '0' };
  const builds = {};
  for (const dist of others) {
    const name = dist.replace(/\/+$/, '').split('/').pop();
    builds[name] = await startApi({ databaseUrl: database.url, name, env, dist: resolve(dist) });
  }
  builds.this = await startApi({ databaseUrl: database.url, name: 'this', env, dist: API_DIST });
  const names = Object.keys(builds);
  const f = new Fixtures(builds.this.url, database.url);
  const accord = await buildAccord(f, 20, { commentsPerClause: 5, openPerClause: 2 }, true);
  const body = JSON.stringify({
    query: accordQuery({ comments: true, commentCount: true }),
    variables: { id: accord.accordId },
  });
  const read = (api, s, warmup = false) =>
    hammer({
      url: `${api.url}/graphql`,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${accord.reader.token}`,
      },
      body,
      connections,
      seconds: s,
      verifyBody: noGraphqlErrors,
      warmup,
    });
  const figures = Object.fromEntries(names.map((name) => [name, []]));
  for (const api of Object.values(builds)) await read(api, 2, true); // warm-up
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) {
      const api = builds[name];
      const meter = cpuMeter({ pids: { api: api.pid }, postgresDataDir: db.dataDir });
      const systemBefore = systemMs(api.pid);
      const r = await read(api, seconds);
      const spent = meter.stop();
      const system = (systemMs(api.pid) - systemBefore) / r.requests;
      figures[name].push({
        rps: r.rps,
        api: spent ? spent.api / r.requests : NaN,
        postgres: spent?.postgres !== undefined ? spent.postgres / r.requests : NaN,
        system,
      });
      log(
        `round ${round + 1} ${name}: ${r.rps.toFixed(0)} req/s, API ${figures[name].at(-1).api.toFixed(2)} ms + PostgreSQL ${figures[name].at(-1).postgres.toFixed(2)} ms per read`,
      );
    }
  }
  for (const name of names) {
    const fs = figures[name];
    const line = `${name.padEnd(12)} median of ${rounds}: ${median(fs.map((x) => x.rps)).toFixed(0)} req/s, CPU per read: API ${median(fs.map((x) => x.api)).toFixed(2)} ms (kernel ${median(fs.map((x) => x.system)).toFixed(2)}) + PostgreSQL ${median(fs.map((x) => x.postgres)).toFixed(2)} ms`;
    process.stdout.write(`${line}\n`);
  }
  await f.close();
} finally {
  await stopEverything();
}
