// Scenario 9 — live load: N delegates, each with its own token, its own socket joined to the
// accord and a browser-like client (the web's queries, cache and event handlers:
// lib/live-delegate.mjs), reading pages, commenting and voting with think time between, while
// the facilitator proposes, opens and closes votes. Per operation kind, p50/p99 at the large N
// against the same at the small N (same accord, same mix); the delivery lag from an event's
// commit to each socket; and every delegate's log checked: each event once, in seq order.
//
// Think time (run.mjs, s9.thinkMs): 4 to 20 s between a delegate's actions, 12 s on average. A
// delegate reads what he opens before acting on it: an article of 60 to 100 words takes 15 to
// 30 s at reading speed (200 to 250 words a minute), an amendment with its rationale as long,
// a remark takes longer to write, and a ballot follows reading the amendment; moving from one
// page to the next is the quick end. The earlier 1.5 to 4.5 s (an action every 3 s) was a
// delegate clicking without reading, several times a human pace, and with 200 of them the load
// was that of 600 delegates. A vote stays open 30 s (in a session, minutes), so that a delegate
// thinking 12 s gets to vote in it. The same pace and mix at both sizes: only N changes.
import { Worker } from 'node:worker_threads';
import { cpuMeter } from '../lib/cpu.mjs';
import { clauseText } from '../lib/fixtures.mjs';
import { mapLimit, sleep } from '../lib/http.mjs';
import { LiveLoadRecorder } from '../lib/live-delegate.mjs';
import { fmt, row } from '../lib/report.mjs';
import { Skip } from '../lib/capabilities.mjs';
import { percentile, summarize } from '../lib/stats.mjs';

const KINDS = ['accord page', 'amendment page', 'comment', 'ballot', 'refetch'];

/** An accord of a few parties and clauses; `delegates` users, each a representative of a party. */
async function livelyAccord(f, { delegates, parties: partyCount, clauses }) {
  const facilitator = await f.user('Facilitator');
  const accordId = await f.accord(facilitator, { kind: 'SIMPLE_MAJORITY' }, 'S9 live load');
  const parties = await f.parties(facilitator, accordId, partyCount, { prefix: 'S9' });
  for (let i = 0; i < clauses; i++) {
    await f.adopt(facilitator, parties[0], parties, accordId, {
      kind: 'ADD_CLAUSE',
      heading: `Article ${i + 1}`,
      text: clauseText(i * 7),
      force: 'VOLUNTARY',
    });
  }
  const users = await f.users(delegates, 'Delegate');
  const people = await mapLimit(
    Array.from({ length: delegates }, (_, i) => i),
    6,
    async (i) => {
      const user = users[i];
      const party = parties[i % parties.length];
      await f.member(party.representative, party.organizationId, user, 'REPRESENTATIVE');
      return { user, organizationId: party.organizationId };
    },
  );
  return { facilitator, accordId, parties, people };
}

/** The facilitator's votes until `stopAt`: propose, open, let delegates vote, close. */
async function facilitation(f, accord, { stopAt, voteMs }) {
  let round = 0;
  while (performance.now() < stopAt) {
    round += 1;
    const id = await f.propose(accord.parties[0], accord.accordId, {
      kind: 'ADD_CLAUSE',
      heading: `Proposal ${round}`,
      text: clauseText(round * 3),
      force: 'VOLUNTARY',
    });
    await f.openVoting(accord.facilitator, id);
    await sleep(Math.min(voteMs, Math.max(0, stopAt - performance.now())));
    await f.closeVoting(accord.facilitator, id);
    await sleep(Math.min(voteMs / 4, Math.max(0, stopAt - performance.now())));
  }
  return round;
}

/** Delegates per worker thread, at most: their caches' work spreads over the cores. */
const DELEGATES_PER_WORKER = 50;

/** A worker thread of delegates (lib/delegate-worker.mjs), driven by request and answer. */
function delegateWorker() {
  const worker = new Worker(new URL('../lib/delegate-worker.mjs', import.meta.url));
  const waiting = new Map();
  worker.on('message', ({ type, result, error }) => {
    const pending = waiting.get(type);
    waiting.delete(type);
    if (error) pending?.reject(new Error(`delegate worker, ${type}: ${error}`));
    else pending?.resolve(result);
  });
  worker.on('error', (error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  });
  return {
    ask: (type, message = {}) =>
      new Promise((resolve, reject) => {
        waiting.set(type, { resolve, reject });
        worker.postMessage({ type, ...message });
      }),
    terminate: () => worker.terminate(),
  };
}

/** One phase: `count` delegates live for `seconds`; latencies, lag and delivery checks. */
async function phase(ctx, f, api, accord, count, { seconds, thinkMs, voteMs }) {
  const people = accord.people.slice(0, count);
  const slices = Math.ceil(count / DELEGATES_PER_WORKER);
  const per = Math.ceil(count / slices);
  const workers = Array.from({ length: slices }, () => delegateWorker());
  try {
    const t0 = performance.now();
    await Promise.all(
      workers.map((w, i) =>
        w.ask('join', {
          apiUrl: api.url,
          accordId: accord.accordId,
          people: people.slice(i * per, (i + 1) * per),
          seedBase: 1000 + i * per,
        }),
      ),
    );
    const joinSeconds = (performance.now() - t0) / 1000;
    ctx.verbose(`${count} delegates live in ${joinSeconds.toFixed(1)} s (${slices} threads)`);
    // Who was busy: the API, PostgreSQL, and this process (the delegates' browsers, all threads).
    const meter = cpuMeter({ pids: { api: api.pid }, postgresDataDir: ctx.db.dataDir });
    const clientCpu = process.cpuUsage();
    const stopInMs = seconds * 1000;
    const stopAt = performance.now() + stopInMs;
    const [votes] = await Promise.all([
      facilitation(f, accord, { stopAt, voteMs }),
      ...workers.map((w) => w.ask('run', { stopInMs, thinkMs })),
    ]);
    // Refetches the last events asked for still count; then nothing more is measured.
    await sleep(REFETCH_SETTLE_MS);
    await Promise.all(workers.map((w) => w.ask('stop')));
    const spent = meter.stop();
    const client = process.cpuUsage(clientCpu);
    const cpuSeconds = {
      ...(spent && { api: spent.api / 1000, postgres: (spent.postgres ?? NaN) / 1000 }),
      delegates: (client.user + client.system) / 1e6,
    };
    const { rows } = await f.pool.query(`SELECT last_seq FROM accord WHERE id = $1`, [
      accord.accordId,
    ]);
    const lastSeq = Number(rows[0].last_seq);
    const reports = await Promise.all(workers.map((w) => w.ask('check', { lastSeq })));
    const recorder = mergedRecorder(reports);
    const delivery = { missed: 0, duplicated: 0, outOfOrder: 0 };
    for (const report of reports)
      for (const key of Object.keys(delivery)) delivery[key] += report.delivery[key];
    // How late the delegates' threads ran their callbacks (the worst thread).
    const harnessDelayMs = {
      p50: Math.max(...reports.map((r) => r.loopDelayMs.p50)),
      p99: Math.max(...reports.map((r) => r.loopDelayMs.p99)),
    };
    const failures = [...recorder.failures.values()].reduce((a, b) => a + b, 0);
    const total = [...recorder.ops.values()].reduce((a, s) => a + s.length, 0);
    if (failures > Math.max(1, total * 0.01))
      throw new Error(
        `${failures} of ${total + failures} operations failed (${recorder.lastFailure})`,
      );
    const all = [...recorder.ops.values()].flat();
    const byKind = Object.fromEntries(
      KINDS.map((kind) => {
        const samples = recorder.ops.get(kind) ?? [];
        return [
          kind,
          { n: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99) },
        ];
      }),
    );
    return {
      delegates: count,
      threads: slices,
      seconds,
      joinSeconds,
      votes,
      operations: all.length,
      opsPerSecond: all.length / seconds,
      all: { n: all.length, p50: percentile(all, 50), p99: percentile(all, 99) },
      // The API's own time for each request the delegates sent (Server-Timing).
      served: {
        n: recorder.servedMs.length,
        p50: percentile(recorder.servedMs, 50),
        p99: percentile(recorder.servedMs, 99),
      },
      byKind,
      refetchesPerDelegate: (recorder.ops.get('refetch')?.length ?? 0) / count,
      // Which queries were fetched again, and which events asked for which (per delegate).
      refetchesByQuery: perDelegate(recorder.refetched, count),
      refetchesAskedBy: perDelegate(recorder.asked, count),
      lag: {
        n: recorder.lagMs.length,
        p50: percentile(recorder.lagMs, 50),
        p99: percentile(recorder.lagMs, 99),
      },
      events: lastSeq - Math.min(...reports.map((r) => r.joinedAfter)),
      delivery,
      cpuSeconds,
      harnessDelayMs,
      failures,
      refusedBallots: recorder.refused,
    };
  } finally {
    await Promise.allSettled(workers.map((w) => w.ask('close')));
    await Promise.allSettled(workers.map((w) => w.terminate()));
  }
}

/** The workers' recordings as one recorder. */
function mergedRecorder(reports) {
  const recorder = new LiveLoadRecorder();
  const add = (map, entries) => {
    for (const [key, value] of entries)
      map.set(
        key,
        Array.isArray(value) ? [...(map.get(key) ?? []), ...value] : (map.get(key) ?? 0) + value,
      );
  };
  for (const report of reports) {
    add(recorder.ops, report.ops);
    add(recorder.failures, report.failures);
    add(recorder.refetched, report.refetched);
    add(recorder.asked, report.asked);
    recorder.lagMs.push(...report.lagMs);
    recorder.servedMs.push(...report.servedMs);
    recorder.refused += report.refused;
    recorder.lastFailure = report.lastFailure ?? recorder.lastFailure;
  }
  return recorder;
}

const REFETCH_SETTLE_MS = 500;

/** Counts divided by the delegates, largest first. */
const perDelegate = (counts, delegates) =>
  Object.fromEntries(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([key, n]) => [key, Math.round((n / delegates) * 100) / 100]),
  );

const cpuText = (p) =>
  [p.cpuSeconds.api, p.cpuSeconds.postgres, p.cpuSeconds.delegates]
    .map((v) => (Number.isFinite(v) ? v.toFixed(1) : '?'))
    .join('/');

export default {
  id: '9',
  title: 'Live load: delegates reading, commenting and voting',
  async run(ctx) {
    const caps = await ctx.capabilities();
    if (!caps.postComment) throw new Skip('postComment is not in this API');
    if (!caps.socketIo) throw new Skip('socket.io is not served by this API');
    const { small, large, parties, clauses, seconds, thinkMs, voteMs } = ctx.profile.s9;
    const [api, f] = await Promise.all([ctx.mainApi(), ctx.fixtures()]);
    const accord = await livelyAccord(f, { delegates: large, parties, clauses });
    ctx.verbose(`S9: accord with ${large} delegates ready`);
    const options = { seconds, thinkMs, voteMs };
    const few = await phase(ctx, f, api, accord, small, options);
    await ctx.quiet();
    const many = await phase(ctx, f, api, accord, large, options);
    const one = (value) => summarize([value]);
    const vs = `${large} vs ${small} delegates`;
    // The server is judged by its own time for each request: on one machine the simulated
    // browsers (niced, delegate-worker.mjs) queue behind it for the cores, and what their clocks
    // say of an operation is mostly that queue. What they saw is reported beside.
    const REPORTED = { on: 'ratio', op: null, value: null, text: 'reported' };
    /** A time at the large size against the same at the small one (lower is better). */
    const compared = (measure, pick, target = REPORTED) =>
      row({
        measure: `${measure}, ${vs}`,
        unit: 'ms',
        figure: one(pick(many)),
        baseline: one(pick(few)),
        baselineLabel: `${small} delegates`,
        higherIsBetter: false,
        target,
      });
    const rows = [
      compared("every request's time in the API (Server-Timing) p99", (p) => p.served.p99, {
        on: 'ratio',
        op: '<=',
        value: 2,
        text: '≤ 2×',
      }),
      compared("every request's time in the API (Server-Timing) p50", (p) => p.served.p50),
      compared('every operation p99 as the simulated browsers saw it', (p) => p.all.p99),
      compared('every operation p50', (p) => p.all.p50),
    ];
    for (const kind of KINDS) {
      if (!(many.byKind[kind].n > 0 && few.byKind[kind].n > 0)) continue;
      for (const q of ['p50', 'p99']) rows.push(compared(`${kind} ${q}`, (p) => p.byKind[kind][q]));
    }
    rows.push(compared('delivery lag p99 (commit → socket)', (p) => p.lag.p99));
    const wrong = (p) => p.delivery.missed + p.delivery.duplicated + p.delivery.outOfOrder;
    rows.push(
      row({
        measure: `events missed + duplicated + out of order (${large} delegates; ${small})`,
        unit: '',
        figure: one(wrong(many)),
        baseline: one(wrong(few)),
        baselineLabel: `${small} delegates`,
        higherIsBetter: false,
        target: { on: 'figure', op: '<=', value: 0, text: '0' },
      }),
    );
    const [head] = rows;
    return {
      rows,
      summary:
        `API time per request p99 ${fmt(many.served.p99, 'ms')} at ${large} vs ${fmt(few.served.p99, 'ms')} at ${small} = ` +
        `${head.ratio?.toFixed(2)}× (target ≤ 2×: ${head.met ? 'met' : 'SHORT'}; ${many.served.n} and ${few.served.n} requests); ` +
        `every op p99 as the browsers saw it ${fmt(many.all.p99, 'ms')} vs ${fmt(few.all.p99, 'ms')}; ` +
        `${many.operations} ops (${many.opsPerSecond.toFixed(0)}/s) vs ${few.operations}; ` +
        `lag p99 ${fmt(many.lag.p99, 'ms')} vs ${fmt(few.lag.p99, 'ms')}; ` +
        `refetches per delegate ${many.refetchesPerDelegate.toFixed(1)} vs ${few.refetchesPerDelegate.toFixed(1)}; ` +
        `missed/duplicated/out of order ${Object.values(many.delivery).join('/')} of ${many.events} events × ${large}, ` +
        `${Object.values(few.delivery).join('/')} × ${small}; CPU s (API/PostgreSQL/delegates) ` +
        `${cpuText(many)} vs ${cpuText(few)}; delegates' event loop delay p99 ` +
        `${fmt(many.harnessDelayMs.p99, 'ms')} vs ${fmt(few.harnessDelayMs.p99, 'ms')}`,
      details: { [small]: few, [large]: many },
    };
  },
};
