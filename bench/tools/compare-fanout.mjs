#!/usr/bin/env node
// Scenario 3's fan-out measured on two builds of the API in one run, comment by comment in
// turn, so that the load of a shared machine hits both alike: the way to tell whether a change
// to the delivery path helps.
//
//   cp -r apps/api/dist bench/results/dist-before   # before the change (inside the repository:
//                                                    # its imports resolve from node_modules)
//   node scripts/build.mjs --no-web        # after it
//   node bench/tools/compare-fanout.mjs bench/results/dist-before [--sockets=100,1000] [--comments=40]
import { startApi } from '../lib/api.mjs';
import { cpuMeter } from '../lib/cpu.mjs';
import { startDatabaseServer } from '../lib/database.mjs';
import { commentKey, discussedAccord, timeComment } from '../lib/fanout.mjs';
import { Fixtures } from '../lib/fixtures.mjs';
import { API_DIST } from '../lib/paths.mjs';
import { onCleanup, stopEverything } from '../lib/processes.mjs';
import { percentile } from '../lib/stats.mjs';
import { connectSwarm } from '../lib/swarm.mjs';

const [before, ...rest] = process.argv.slice(2);
if (!before) {
  process.stderr.write(
    'usage: node bench/tools/compare-fanout.mjs <other dist> [--sockets=100,1000] [--comments=40]\n',
  );
  process.exit(2);
}
const option = (name, fallback) =>
  rest.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const socketCounts = option('sockets', '100,1000').split(',').map(Number);
const comments = Number(option('comments', '40'));
const log = (message) => process.stderr.write(`${message}\n`);

async function side(db, name, dist) {
  const database = await db.createDatabase(`plenary_ab_${name}`);
  const api = await startApi({ databaseUrl: database.url, name, dist });
  const fixtures = new Fixtures(api.url, database.url);
  onCleanup(() => fixtures.close());
  return { name, api, fixtures };
}

async function main() {
  const db = await startDatabaseServer({ log });
  const sides = [await side(db, 'other', before), await side(db, 'this', API_DIST)];
  for (const sockets of socketCounts) {
    const live = [];
    for (const s of sides) {
      const accord = await discussedAccord(s.fixtures, 20, `AB-${sockets}`);
      const swarm = await connectSwarm({
        targets: [{ url: s.api.url }],
        tokens: accord.tokens,
        count: sockets,
        join: { accordId: accord.accordId },
        keyOf: commentKey,
      });
      live.push({ ...s, accord, swarm, samples: [] });
    }
    // Both instances' CPU over the same window (each side posts the same number of comments).
    let meter = null;
    for (let i = 0; i < comments + 3; i++) {
      if (i === 3)
        meter = cpuMeter({ pids: Object.fromEntries(live.map((s) => [s.name, s.api.pid])) });
      for (const s of i % 2 ? live : [...live].reverse()) {
        const ms = await timeComment(s.api.url, s.accord, s.swarm);
        if (i >= 3) s.samples.push(ms); // three of each to warm up
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    const spent = meter?.stop();
    for (const s of live) {
      const cpu = spent
        ? `, API CPU ${(spent[s.name] / s.samples.length).toFixed(2)} ms per comment`
        : '';
      process.stdout.write(
        `${sockets} sockets, ${s.name} (${s.name === 'this' ? API_DIST : before}): ` +
          `p50 ${percentile(s.samples, 50).toFixed(1)} ms, p90 ${percentile(s.samples, 90).toFixed(1)} ms, ` +
          `p99 ${percentile(s.samples, 99).toFixed(1)} ms (${s.samples.length} comments${cpu})\n`,
      );
      await s.swarm.close();
    }
  }
}

main()
  .catch((error) => {
    log(`failed: ${error?.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(() => stopEverything());
