#!/usr/bin/env node
// Scenario 1's computed read (read cache off) on two builds of the API side by side, on one
// database, in interleaved rounds: CPU per read of each API and of PostgreSQL meanwhile. How to
// tell whether a change to the read path pays on a busy machine, where req/s drifts with the load.
//   node bench/tools/compare-accord-read.mjs <other dist> [--rounds=6] [--seconds=3] [--connections=10]
// `<other dist>` is a copy of apps/api/dist built from another commit, kept inside the repository
// (its packages resolve from the repository's node_modules), e.g. tmp/dist-base.
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
const other = args.find((a) => !a.startsWith('--'));
if (!other) {
  process.stderr.write('usage: compare-accord-read.mjs <other dist> [--rounds=6] [--seconds=3]\n');
  process.exit(2);
}
const rounds = option('rounds', 6);
const seconds = option('seconds', 3);
const connections = option('connections', 10);
const log = (line) => process.stderr.write(`${line}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  const db = await startDatabaseServer({ log });
  const database = await db.createDatabase('plenary_compare_read');
  const env = { PLENARY_READ_CACHE_ENTRIES: '0' };
  const builds = {
    other: await startApi({ databaseUrl: database.url, name: 'other', env, dist: resolve(other) }),
    this: await startApi({ databaseUrl: database.url, name: 'this', env, dist: API_DIST }),
  };
  const f = new Fixtures(builds.this.url, database.url);
  const accord = await buildAccord(f, 20, { commentsPerClause: 5, openPerClause: 2 }, true);
  const body = JSON.stringify({
    query: accordQuery({ comments: true, commentCount: true }),
    variables: { id: accord.accordId },
  });
  const read = (api, s) =>
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
    });
  const figures = { other: [], this: [] };
  for (const api of Object.values(builds)) await read(api, 1); // warm-up
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? ['this', 'other'] : ['other', 'this'];
    for (const name of order) {
      const api = builds[name];
      const meter = cpuMeter({ pids: { api: api.pid }, postgresDataDir: db.dataDir });
      const r = await read(api, seconds);
      const spent = meter.stop();
      figures[name].push({
        rps: r.rps,
        api: spent ? spent.api / r.requests : NaN,
        postgres: spent?.postgres !== undefined ? spent.postgres / r.requests : NaN,
      });
      log(
        `round ${round + 1} ${name}: ${r.rps.toFixed(0)} req/s, API ${figures[name].at(-1).api.toFixed(2)} ms + PostgreSQL ${figures[name].at(-1).postgres.toFixed(2)} ms per read`,
      );
    }
  }
  for (const name of ['other', 'this']) {
    const fs = figures[name];
    const line = `${name.padEnd(5)} median of ${rounds}: ${median(fs.map((x) => x.rps)).toFixed(0)} req/s, CPU per read: API ${median(fs.map((x) => x.api)).toFixed(2)} ms + PostgreSQL ${median(fs.map((x) => x.postgres)).toFixed(2)} ms`;
    process.stdout.write(`${line}\n`);
  }
  await f.close();
} finally {
  await stopEverything();
}
