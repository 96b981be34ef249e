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

export default {
  id: '3',
  title: 'Comment fan-out to 1,000 sockets',
  async run(ctx) {
    const caps = await ctx.capabilities();
    if (!caps.postComment) throw new Skip('postComment is not in this API');
    if (!caps.socketIo) throw new Skip('socket.io is not served by this API');
    const { sockets, messagesPerRound, users } = ctx.profile.s3;
    const [api, f] = await Promise.all([ctx.mainApi(), ctx.fixtures()]);
    const bare = await startBareSocketServer();
    const accord = await discussedAccord(f, users, 'S3');
    const swarms = [];
    try {
      const onApi = await connectSwarm({
        targets: [{ url: api.url }],
        tokens: accord.tokens,
        count: sockets,
        join: { accordId: accord.accordId },
        keyOf: commentKey,
      });
      if (ctx.willRun('4')) {
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
      const rows = [
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
          target: { on: 'ratio', op: '<=', value: 1.5, text: '≤ 1.5×' },
        }),
      ];
      return {
        rows,
        summary:
          `p50 ${fmt(measured.p50.figure.median, 'ms')} vs bare ${fmt(measured.p50.baseline.median, 'ms')}; ` +
          `p99 ${fmt(measured.p99.figure.median, 'ms')} vs bare ${fmt(measured.p99.baseline.median, 'ms')} = ` +
          `${rows[1].ratio?.toFixed(2)}× (target ≤ 1.5×: ${rows[1].met ? 'met' : 'SHORT'}); ${sockets} sockets joined in ${onApi.joinSeconds.toFixed(1)} s ` +
          `(bare: ${onBare.joinSeconds.toFixed(1)} s; ${onApi.presenceMessages()} presence snapshots received meanwhile)`,
        details: {
          overall: measured.overall,
          join: {
            sockets,
            users,
            seconds: onApi.joinSeconds,
            clientCpuSeconds: onApi.joinClientCpuSeconds,
            presenceMessagesReceived: onApi.presenceMessages(),
            bareSeconds: onBare.joinSeconds,
          },
          eventBytes: Buffer.byteLength(JSON.stringify(template)),
        },
      };
    } finally {
      for (const swarm of swarms) await swarm.close();
      await bare.stop();
    }
  },
};
