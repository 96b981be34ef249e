// Scenario 3 — a comment posted by GraphQL and delivered to 1,000 joined sockets: p50/p99 from
// the mutation's start to the last delivery, against a bare socket.io server emitting the same
// event to 1,000 sockets in a room (the sockets live in this process for both sides).
import { startBareSocketServer } from '../baseline/start.mjs';
import { Skip } from '../lib/capabilities.mjs';
import {
  commentKey,
  discussedAccord,
  fanoutRounds,
  sampleEvent,
  timeBareEmit,
  timeComment,
} from '../lib/fanout.mjs';
import { fmt, row } from '../lib/report.mjs';
import { connectSwarm } from '../lib/swarm.mjs';

// Issue 13 sets p99 ≤ 1.5× of bare socket.io from 1,000 sockets. With fewer, the durable write
// the bare server does not make (about 5 ms: lock, rows, COMMIT with its WAL flush, and the
// GraphQL request) is most of the figure; there the issue asked for the fixed cost found and
// removed (12–16 ms per event then), and the ratio to be reported.
const TARGET_FROM = 1000;
const P99_TARGET = { on: 'ratio', op: '<=', value: 1.5, text: '≤ 1.5×' };
const REPORTED = { on: 'ratio', op: null, value: null, text: 'reported' };

/** One socket count: both swarms joined, rounds of comments against bare emits. */
async function fanoutAt(ctx, { api, f, bare, sockets, users, messagesPerRound, keepForScenario4 }) {
  const accord = await discussedAccord(f, users, `S3-${sockets}`);
  const swarms = [];
  try {
    const onApi = await connectSwarm({
      targets: [{ url: api.url }],
      tokens: accord.tokens,
      count: sockets,
      join: { accordId: accord.accordId },
      keyOf: commentKey,
    });
    if (keepForScenario4) {
      // Scenario 4 compares two instances against exactly this: one instance, 1,000 sockets.
      ctx.shared.oneInstanceFanout = { accord, swarm: onApi };
      ctx.onCleanup(() => onApi.close());
    } else {
      swarms.push(onApi);
    }
    ctx.verbose(`${sockets} sockets joined the API in ${onApi.joinSeconds.toFixed(1)} s`);
    const onBare = await connectSwarm({
      targets: [{ url: bare.url }],
      count: sockets,
      join: { room: 'bench' },
      keyOf: commentKey,
    });
    swarms.push(onBare);
    const template = await sampleEvent(api.url, accord, onApi);
    const measured = await fanoutRounds(ctx, {
      perRound: messagesPerRound,
      figure: () => timeComment(api.url, accord, onApi),
      baseline: () => timeBareEmit(bare.url, template, onBare),
    });
    return {
      measured,
      join: {
        sockets,
        users,
        seconds: onApi.joinSeconds,
        clientCpuSeconds: onApi.joinClientCpuSeconds,
        presenceMessagesReceived: onApi.presenceMessages(),
        bareSeconds: onBare.joinSeconds,
      },
      eventBytes: Buffer.byteLength(JSON.stringify(template)),
    };
  } finally {
    for (const swarm of swarms) await swarm.close();
  }
}

export default {
  id: '3',
  title: 'Comment fan-out to 100, 1,000 and 3,000 sockets',
  async run(ctx) {
    const caps = await ctx.capabilities();
    if (!caps.postComment) throw new Skip('postComment is not in this API');
    if (!caps.socketIo) throw new Skip('socket.io is not served by this API');
    const { sockets: sharedCount, socketCounts, messagesPerRound, users } = ctx.profile.s3;
    const [api, f] = await Promise.all([ctx.mainApi(), ctx.fixtures()]);
    const bare = await startBareSocketServer();
    const rows = [];
    const details = {};
    const summaries = [];
    try {
      for (const sockets of socketCounts) {
        const at = await fanoutAt(ctx, {
          api,
          f,
          bare,
          sockets,
          users,
          messagesPerRound,
          keepForScenario4: sockets === sharedCount && ctx.willRun('4'),
        });
        const { measured } = at;
        rows.push(
          row({
            measure: `comment → ${sockets} sockets, p50`,
            unit: 'ms',
            figure: measured.p50.figure,
            baseline: measured.p50.baseline,
            baselineLabel: 'bare socket.io emit',
            higherIsBetter: false,
            target: { on: 'ratio', op: null, value: null, text: '—' },
          }),
          row({
            measure: `comment → ${sockets} sockets, p99`,
            unit: 'ms',
            figure: measured.p99.figure,
            baseline: measured.p99.baseline,
            baselineLabel: 'bare socket.io emit',
            higherIsBetter: false,
            target: sockets >= TARGET_FROM ? P99_TARGET : REPORTED,
          }),
        );
        const p99 = rows.at(-1);
        summaries.push(
          `${sockets}: p50 ${fmt(measured.p50.figure.median, 'ms')} vs bare ${fmt(measured.p50.baseline.median, 'ms')}, ` +
            `p99 ${fmt(measured.p99.figure.median, 'ms')} vs ${fmt(measured.p99.baseline.median, 'ms')} = ` +
            `${p99.ratio?.toFixed(2)}× (${p99.met === null ? 'reported' : p99.met ? 'met' : 'SHORT'}), joined in ${at.join.seconds.toFixed(1)} s ` +
            `(bare ${at.join.bareSeconds.toFixed(1)} s)`,
        );
        details[sockets] = { overall: measured.overall, join: at.join, eventBytes: at.eventBytes };
        await ctx.quiet();
      }
    } finally {
      await bare.stop();
    }
    return {
      rows,
      summary: `${summaries.join('; ')} (target p99 ≤ 1.5× from ${TARGET_FROM} sockets)`,
      details,
    };
  },
};
