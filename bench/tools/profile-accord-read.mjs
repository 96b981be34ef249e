#!/usr/bin/env node
// Profiles the API on scenario 1 alone: builds the accord, then only GraphQL reads for `seconds`,
// with the API under --cpu-prof, so the profile holds the read path and nothing else.
//   node bench/tools/profile-accord-read.mjs [seconds=8] [--cached]   → bench/results/profiles/read-*.cpuprofile
// The read cache is off unless --cached: the profile is of the read computed from the tables.
// Then: node bench/tools/cpuprofile-summary.mjs <file> --last=<seconds>
import { join } from 'node:path';
import { startApi } from '../lib/api.mjs';
import { startDatabaseServer } from '../lib/database.mjs';
import { Fixtures } from '../lib/fixtures.mjs';
import { hammer, noGraphqlErrors } from '../lib/load.mjs';
import { RESULTS_DIR } from '../lib/paths.mjs';
import { stopEverything } from '../lib/processes.mjs';
import { accordQuery, buildAccord } from '../scenarios/1-accord-read.mjs';

const seconds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 8);
const cached = process.argv.includes('--cached');
const log = (line) => process.stderr.write(`${line}\n`);
try {
  const db = await startDatabaseServer({ log });
  const database = await db.createDatabase('plenary_profile');
  const api = await startApi({
    databaseUrl: database.url,
    name: 'read',
    profileDir: join(RESULTS_DIR, 'profiles'),
    env: cached ? {} : { PLENARY_READ_CACHE_ENTRIES: '0' },
  });
  const f = new Fixtures(api.url, database.url);
  const sizes = { commentsPerClause: 5, openPerClause: 2 };
  const accord = await buildAccord(f, 20, sizes, true);
  const query = accordQuery({ comments: true, commentCount: true });
  const r = await hammer({
    url: `${api.url}/graphql`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accord.reader.token}` },
    body: JSON.stringify({ query, variables: { id: accord.accordId } }),
    connections: 10,
    seconds,
    verifyBody: noGraphqlErrors,
  });
  log(`${r.rps.toFixed(1)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`);
  await f.close();
} finally {
  await stopEverything();
}
