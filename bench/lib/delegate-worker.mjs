// A worker thread of scenario 9: the simulated browsers of some of the delegates, so that the
// delegates' own work (their caches applying every event) spreads over the machine's cores as
// real browsers would over many machines, instead of queueing in one event loop.
// Messages from the scenario, each answered with { type: <same> } when done:
// join { apiUrl, accordId, people, seedBase } · run { stopInMs, thinkMs } · stop ·
// check { lastSeq } (answered with the report) · close.
import { setPriority } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { mapLimit, sleep } from './http.mjs';
import { LiveDelegate, LiveLoadRecorder } from './live-delegate.mjs';
import { random, session } from './live-session.mjs';
import { webClientCode } from './web-documents.mjs';

// The simulated browsers yield the cores to the API and PostgreSQL (on Linux a thread's own
// nice value): 200 of them need more CPU than the machine has, which real browsers, each on its
// own machine, would not take from the server. The server's time is then its own.
setPriority(19);

const recorder = new LiveLoadRecorder();
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let delegates = [];
let seedBase = 0;

const handlers = {
  async join(message) {
    const web = await webClientCode();
    seedBase = message.seedBase;
    delegates = message.people.map(
      (p) =>
        new LiveDelegate({
          web,
          apiUrl: message.apiUrl,
          accordId: message.accordId,
          user: p.user,
          organizationId: p.organizationId,
          recorder,
        }),
    );
    await mapLimit(delegates, 10, async (d) => {
      await d.openAccordPage(null);
      await d.connect().catch((error) => {
        throw new Error(`${error.message} (${recorder.lastFailure ?? 'no failure recorded'})`);
      });
    });
  },
  async run({ stopInMs, thinkMs }) {
    recorder.counting = true;
    loopDelay.enable();
    const stopAt = performance.now() + stopInMs;
    await Promise.all(
      delegates.map((d, i) => session(d, random(seedBase + i), { stopAt, thinkMs })),
    );
  },
  stop() {
    recorder.counting = false;
    loopDelay.disable();
  },
  async check({ lastSeq }) {
    // Every delegate must reach the head of the log.
    const deadline = performance.now() + 30000;
    while (
      performance.now() < deadline &&
      delegates.some((d) => Math.max(d.joinedAfter, ...d.received) < lastSeq)
    )
      await sleep(50);
    const delivery = { missed: 0, duplicated: 0, outOfOrder: 0 };
    for (const d of delegates) {
      const check = d.deliveryCheck(lastSeq);
      for (const key of Object.keys(delivery)) delivery[key] += check[key];
    }
    return {
      ops: [...recorder.ops],
      failures: [...recorder.failures],
      lastFailure: recorder.lastFailure,
      refused: recorder.refused,
      lagMs: recorder.lagMs,
      servedMs: recorder.servedMs,
      refetched: [...recorder.refetched],
      asked: [...recorder.asked],
      delivery,
      joinedAfter: Math.min(...delegates.map((d) => d.joinedAfter)),
      loopDelayMs: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6 },
    };
  },
  async close() {
    for (const d of delegates) d.close();
    await sleep(200);
  },
};

parentPort.on('message', (message) => {
  Promise.resolve(message)
    .then((m) => handlers[m.type](m))
    .then(
      (result) => parentPort.postMessage({ type: message.type, result }),
      (error) =>
        parentPort.postMessage({ type: message.type, error: String(error?.stack ?? error) }),
    );
});
