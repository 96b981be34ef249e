// Scenario 4 — the fan-out of scenario 3 across two API instances (sockets split evenly, the
// comment posted to the first; every instance hears the commit by LISTEN/NOTIFY and reads the
// log, socket.io runs with the Postgres adapter) against one instance with all the sockets; then
// the same through nginx (docker/nginx/plenary.conf) in front of three instances, the sockets
// and the comment both going through the proxy, against the same one instance without it.
import { Skip } from '../lib/capabilities.mjs';
import { startApi } from '../lib/api.mjs';
import { commentKey, discussedAccord, fanoutRounds, timeComment } from '../lib/fanout.mjs';
import { findNginx, startNginxProxy } from '../lib/nginx-proxy.mjs';
import { onCleanup } from '../lib/processes.mjs';
import { fmt, row } from '../lib/report.mjs';
import { connectSwarm } from '../lib/swarm.mjs';

export default {
  id: '4',
  title: 'Fan-out across two API instances',
  async run(ctx) {
    const caps = await ctx.capabilities();
    if (!caps.postComment) throw new Skip('postComment is not in this API');
    if (!caps.socketIo) throw new Skip('socket.io is not served by this API');
    const { sockets, messagesPerRound, users } = ctx.profile.s3;
    const [apiA, f, database] = await Promise.all([
      ctx.mainApi(),
      ctx.fixtures(),
      ctx.mainDatabase(),
    ]);
    const closing = [];
    try {
      let one = ctx.shared.oneInstanceFanout;
      if (!one) {
        const accord = await discussedAccord(f, users, 'S4-one');
        const swarm = await connectSwarm({
          targets: [{ url: apiA.url }],
          tokens: accord.tokens,
          count: sockets,
          join: { accordId: accord.accordId },
          keyOf: commentKey,
        });
        closing.push(() => swarm.close());
        one = { accord, swarm };
      }
      const apiB = await startApi({
        databaseUrl: database.url,
        name: 'api-b',
        profileDir: ctx.profileDir,
      });
      closing.push(() => apiB.stop());
      const accord = await discussedAccord(f, users, 'S4-two');
      const two = await connectSwarm({
        targets: [{ url: apiA.url }, { url: apiB.url }],
        tokens: accord.tokens,
        count: sockets,
        join: { accordId: accord.accordId },
        keyOf: commentKey,
      });
      closing.unshift(() => two.close());
      ctx.verbose(`${sockets} sockets joined two instances in ${two.joinSeconds.toFixed(1)} s`);
      const measured = await fanoutRounds(ctx, {
        perRound: messagesPerRound,
        figure: () => timeComment(apiA.url, accord, two),
        baseline: () => timeComment(apiA.url, one.accord, one.swarm),
      });
      const proxied = await throughProxy(ctx, {
        instances: [apiA, apiB],
        database,
        fixtures: f,
        users,
        sockets,
        messagesPerRound,
        closing,
        one,
      });
      const rows = [
        row({
          measure: `comment → ${sockets} sockets on 2 instances, p50`,
          unit: 'ms',
          figure: measured.p50.figure,
          baseline: measured.p50.baseline,
          baselineLabel: 'one instance',
          higherIsBetter: false,
          target: { on: 'ratio', op: null, value: null, text: '—' },
        }),
        row({
          measure: `comment → ${sockets} sockets on 2 instances, p99`,
          unit: 'ms',
          figure: measured.p99.figure,
          baseline: measured.p99.baseline,
          baselineLabel: 'one instance',
          higherIsBetter: false,
          target: { on: 'ratio', op: '<=', value: 2, text: '≤ 2×' },
        }),
        ...(proxied.rows ?? []),
      ];
      return {
        rows,
        summary:
          `two instances p50 ${fmt(measured.p50.figure.median, 'ms')} / p99 ${fmt(measured.p99.figure.median, 'ms')} vs one instance ` +
          `p50 ${fmt(measured.p50.baseline.median, 'ms')} / p99 ${fmt(measured.p99.baseline.median, 'ms')}: p99 ${rows[1].ratio?.toFixed(2)}× ` +
          `(target ≤ 2×: ${rows[1].met ? 'met' : 'SHORT'}); ${proxied.summary}`,
        details: {
          overall: measured.overall,
          joinSeconds: two.joinSeconds,
          proxy: proxied.details,
        },
      };
    } finally {
      for (const close of closing) await close().catch(() => undefined);
      if (ctx.shared.oneInstanceFanout) {
        await ctx.shared.oneInstanceFanout.swarm.close();
        delete ctx.shared.oneInstanceFanout;
      }
    }
  },
};

/** The sockets each instance holds, from its /metrics (null where it cannot say). */
async function socketsPerInstance(instances) {
  return Promise.all(
    instances.map(async (api) => {
      try {
        const text = await (await fetch(`${api.url}/metrics`)).text();
        const line = /^plenary_socket_connections (\d+)$/m.exec(text);
        return line ? Number(line[1]) : null;
      } catch {
        return null;
      }
    }),
  );
}

/**
 * Three instances behind nginx (a third joins the two), the sockets and the comments through
 * the proxy, against one instance without it. Without nginx, reported as not measured.
 */
async function throughProxy(ctx, options) {
  const { instances, database, fixtures, users, sockets, messagesPerRound, closing, one } = options;
  const nginx = findNginx();
  if (!nginx.binary) {
    const reason = `through nginx not measured: ${nginx.reason}`;
    process.stderr.write(`scenario 4: ${reason}\n`);
    return { rows: [], summary: reason, details: { skipped: reason } };
  }
  const apiC = await startApi({
    databaseUrl: database.url,
    name: 'api-c',
    profileDir: ctx.profileDir,
  });
  closing.push(() => apiC.stop());
  const three = [...instances, apiC];
  const proxy = await startNginxProxy({
    servers: three.map((api) => new URL(api.url).host),
    binary: nginx.binary,
  });
  const forgetProxy = onCleanup(() => proxy.stop());
  closing.unshift(async () => {
    await proxy.stop();
    forgetProxy();
  });
  const accord = await discussedAccord(fixtures, users, 'S4-proxy');
  const before = await socketsPerInstance(three);
  const swarm = await connectSwarm({
    targets: [{ url: proxy.url }],
    tokens: accord.tokens,
    count: sockets,
    join: { accordId: accord.accordId },
    keyOf: commentKey,
  });
  closing.unshift(() => swarm.close());
  // Where the proxy put its sockets (the first two instances also hold the other swarms').
  const spread = (await socketsPerInstance(three)).map((n, i) =>
    n === null || before[i] === null ? null : n - before[i],
  );
  ctx.verbose(`${sockets} sockets joined through nginx: ${spread.join(' / ')} per instance`);
  const measured = await fanoutRounds(ctx, {
    perRound: messagesPerRound,
    figure: () => timeComment(proxy.url, accord, swarm),
    baseline: () => timeComment(instances[0].url, one.accord, one.swarm),
  });
  const rows = [
    row({
      measure: `comment → ${sockets} sockets on 3 instances through nginx, p50`,
      unit: 'ms',
      figure: measured.p50.figure,
      baseline: measured.p50.baseline,
      baselineLabel: 'one instance, no proxy',
      higherIsBetter: false,
      target: { on: 'ratio', op: null, value: null, text: '—' },
    }),
    row({
      measure: `comment → ${sockets} sockets on 3 instances through nginx, p99`,
      unit: 'ms',
      figure: measured.p99.figure,
      baseline: measured.p99.baseline,
      baselineLabel: 'one instance, no proxy',
      higherIsBetter: false,
      target: { on: 'ratio', op: null, value: null, text: 'reported' },
    }),
  ];
  return {
    rows,
    summary:
      `through nginx to 3 instances p50 ${fmt(measured.p50.figure.median, 'ms')} / p99 ${fmt(measured.p99.figure.median, 'ms')}: ` +
      `p99 ${rows[1].ratio?.toFixed(2)}× one instance without the proxy`,
    details: {
      overall: measured.overall,
      joinSeconds: swarm.joinSeconds,
      socketsPerInstance: spread,
    },
  };
}
