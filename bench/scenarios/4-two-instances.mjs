// Scenario 4 — the fan-out of scenario 3 across two API instances (sockets split evenly, the
// comment posted to the first; every instance hears the commit by LISTEN/NOTIFY and reads the
// log, socket.io runs with the Postgres adapter) against one instance with all the sockets; then
// the same through nginx (docker/nginx/plenary.conf) in front of three instances, the sockets
// and the comment both going through the proxy, against the same one instance without it; then
// both again with REDIS_URL (a redis-server of the bench's own: the Redis adapter, presence and
// the limits in Redis), against the same one instance on PostgreSQL alone.
import { Skip } from '../lib/capabilities.mjs';
import { startApi } from '../lib/api.mjs';
import { commentKey, discussedAccord, fanoutRounds, timeComment } from '../lib/fanout.mjs';
import { findNginx, startNginxProxy } from '../lib/nginx-proxy.mjs';
import { onCleanup } from '../lib/processes.mjs';
import { findRedisServer, startRedisServer } from '../lib/redis-server.mjs';
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
      const redis = await withRedis(ctx, {
        database,
        fixtures: f,
        users,
        sockets,
        messagesPerRound,
        closing,
        one,
        baselineUrl: apiA.url,
      });
      rows.push(...redis.rows);
      return {
        rows,
        summary:
          `two instances p50 ${fmt(measured.p50.figure.median, 'ms')} / p99 ${fmt(measured.p99.figure.median, 'ms')} vs one instance ` +
          `p50 ${fmt(measured.p50.baseline.median, 'ms')} / p99 ${fmt(measured.p99.baseline.median, 'ms')}: p99 ${rows[1].ratio?.toFixed(2)}× ` +
          `(target ≤ 2×: ${rows[1].met ? 'met' : 'SHORT'}); ${proxied.summary}; ${redis.summary}`,
        details: {
          overall: measured.overall,
          joinSeconds: two.joinSeconds,
          proxy: proxied.details,
          redis: redis.details,
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
  const { env = {}, label = '', name = 'api-c' } = options;
  const nginx = findNginx();
  if (!nginx.binary) {
    const reason = `through nginx not measured: ${nginx.reason}`;
    process.stderr.write(`scenario 4: ${reason}\n`);
    return { rows: [], summary: reason, details: { skipped: reason } };
  }
  const apiC = await startApi({
    databaseUrl: database.url,
    name,
    profileDir: ctx.profileDir,
    env,
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
  const accord = await discussedAccord(fixtures, users, `S4-proxy${label}`);
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
      measure: `comment → ${sockets} sockets on 3 instances through nginx${label}, p50`,
      unit: 'ms',
      figure: measured.p50.figure,
      baseline: measured.p50.baseline,
      baselineLabel: 'one instance, no proxy',
      higherIsBetter: false,
      target: { on: 'ratio', op: null, value: null, text: '—' },
    }),
    row({
      measure: `comment → ${sockets} sockets on 3 instances through nginx${label}, p99`,
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
      `through nginx to 3 instances${label} p50 ${fmt(measured.p50.figure.median, 'ms')} / p99 ${fmt(measured.p99.figure.median, 'ms')}: ` +
      `p99 ${rows[1].ratio?.toFixed(2)}× one instance without the proxy`,
    details: {
      overall: measured.overall,
      joinSeconds: swarm.joinSeconds,
      socketsPerInstance: spread,
    },
  };
}

/**
 * Two instances with REDIS_URL, then three of them through nginx, each against the same one
 * instance on PostgreSQL alone. Without redis-server (or nginx, for the second), not measured.
 */
async function withRedis(ctx, options) {
  const { database, fixtures, users, sockets, messagesPerRound, closing, one, baselineUrl } =
    options;
  const found = findRedisServer();
  if (!found.binary) {
    const reason = `with Redis not measured: ${found.reason}`;
    process.stderr.write(`scenario 4: ${reason}\n`);
    return { rows: [], summary: reason, details: { skipped: reason } };
  }
  const server = await startRedisServer({ binary: found.binary });
  const forgetServer = onCleanup(() => server.stop());
  closing.push(async () => {
    await server.stop();
    forgetServer();
  });
  const env = { REDIS_URL: server.url };
  const start = async (name) => {
    const api = await startApi({
      databaseUrl: database.url,
      name,
      profileDir: ctx.profileDir,
      env,
      timeoutMs: 180_000, // one after the other, on a machine already busy with the other swarms
    });
    closing.push(() => api.stop());
    return api;
  };
  const first = await start('api-redis-a');
  const second = await start('api-redis-b');
  const accord = await discussedAccord(fixtures, users, 'S4-redis');
  const two = await connectSwarm({
    targets: [{ url: first.url }, { url: second.url }],
    tokens: accord.tokens,
    count: sockets,
    join: { accordId: accord.accordId },
    keyOf: commentKey,
  });
  let twoOpen = true;
  closing.unshift(() => (twoOpen ? two.close() : Promise.resolve()));
  ctx.verbose(`${sockets} sockets joined two Redis instances in ${two.joinSeconds.toFixed(1)} s`);
  const measured = await fanoutRounds(ctx, {
    perRound: messagesPerRound,
    figure: () => timeComment(first.url, accord, two),
    baseline: () => timeComment(baselineUrl, one.accord, one.swarm),
  });
  const rows = [
    row({
      measure: `comment → ${sockets} sockets on 2 instances with Redis, p50`,
      unit: 'ms',
      figure: measured.p50.figure,
      baseline: measured.p50.baseline,
      baselineLabel: 'one instance, PostgreSQL alone',
      higherIsBetter: false,
      target: { on: 'ratio', op: null, value: null, text: '—' },
    }),
    row({
      measure: `comment → ${sockets} sockets on 2 instances with Redis, p99`,
      unit: 'ms',
      figure: measured.p99.figure,
      baseline: measured.p99.baseline,
      baselineLabel: 'one instance, PostgreSQL alone',
      higherIsBetter: false,
      target: { on: 'ratio', op: '<=', value: 2, text: '≤ 2×' },
    }),
  ];
  // The Redis swarm goes before the proxy's, so the machine holds one swarm more at most.
  twoOpen = false;
  await two.close();
  const proxied = await throughProxy(ctx, {
    instances: [first, second],
    database,
    fixtures,
    users,
    sockets,
    messagesPerRound,
    closing,
    one,
    env,
    label: ' with Redis',
    name: 'api-redis-c',
  });
  return {
    rows: [...rows, ...(proxied.rows ?? [])],
    summary:
      `with Redis: two instances p50 ${fmt(measured.p50.figure.median, 'ms')} / p99 ${fmt(measured.p99.figure.median, 'ms')}, ` +
      `p99 ${rows[1].ratio?.toFixed(2)}× one instance on PostgreSQL alone (target ≤ 2×: ${rows[1].met ? 'met' : 'SHORT'}); ${proxied.summary}`,
    details: { overall: measured.overall, joinSeconds: two.joinSeconds, proxy: proxied.details },
  };
}
