// Scenario 1 — read an accord (20 clauses with their current versions, 5 comments each, comment
// counts, the amendments that give per-clause amendment counts) by GraphQL, against the same JSON
// built by one hand-written SQL statement and sent by a bare node:http handler. Also counts the
// SQL statements per read, at 20 clauses and at 5: they must not grow with the clauses.
import { startApi } from '../lib/api.mjs';
import { clauseText } from '../lib/fixtures.mjs';
import { gql } from '../lib/http.mjs';
import { hammer, noGraphqlErrors } from '../lib/load.mjs';
import { row } from '../lib/report.mjs';
import { fmt } from '../lib/report.mjs';
import { cpuNote, medianBy } from '../lib/stats.mjs';

export function accordQuery({ comments, commentCount }) {
  return `query BenchAccord($id: ID!) {
  accord(id: $id) {
    id title lastSeq
    clauses {
      id number
      current { version heading text force }
      ${commentCount ? 'commentCount' : ''}
      ${comments ? 'comments { id body createdAt author { id displayName } }' : ''}
    }
    amendments { id kind status clause { id } }
  }
}`;
}

/**
 * The same read with what the reader may do (the viewer fields, on the accord and on each
 * amendment): the read cache keeps one answer per standing instead of one for everyone.
 */
export function viewerAccordQuery(flags) {
  return accordQuery(flags)
    .replace('query BenchAccord', 'query BenchAccordViewer')
    .replace(
      'id title lastSeq',
      'id title lastSeq viewerIsFacilitator viewerCanAmend viewerVotingOrganizations { id name }',
    )
    .replace(
      'amendments { id kind status clause { id } }',
      `amendments { id kind status clause { id } viewerCanVote viewerCanOpenVoting
      viewerCanCloseVoting viewerCanWithdraw viewerCanRebase viewerBallots { choice organization { id } } }`,
    );
}

/**
 * An autocannon `setupClient` sending `query` as `readers` in turn, one reader per connection:
 * callers of different standings reading the same accord.
 */
function readersInTurn(readers, query, accordId) {
  let next = 0;
  return (client) => {
    const reader = readers[next++ % readers.length];
    client.setRequests([
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${reader.token}` },
        body: JSON.stringify({ query, variables: { id: accordId } }),
      },
    ]);
  };
}

/** Sorted-keys JSON: equal documents compare equal whatever their key order. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Runs `work(i)` for 0 ≤ i < count, `concurrency` at a time. */
async function eachConcurrently(count, concurrency, work) {
  let next = 0;
  const worker = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/**
 * An accord made through the API: clauses adopted by vote, open amendments, comments. Big
 * accords are built `concurrency` clauses at a time (the API serializes writes to one accord;
 * this only overlaps the round trips), so their articles may be adopted out of order.
 */
export async function buildAccord(f, clauses, sizes, withComments, concurrency = 1) {
  const facilitator = await f.user('Facilitator');
  const accordId = await f.accord(
    facilitator,
    { kind: 'SIMPLE_MAJORITY' },
    `Accord of ${clauses} clauses`,
  );
  const parties = await f.parties(facilitator, accordId, 2, { prefix: `S1-${clauses}` });
  await eachConcurrently(clauses, concurrency, (i) =>
    f.adopt(facilitator, parties[i % 2], parties, accordId, {
      kind: 'ADD_CLAUSE',
      heading: `Article ${i + 1}`,
      text: clauseText(i),
      force: i % 2 ? 'VOLUNTARY' : 'BINDING',
    }),
  );
  const clauseList = await f.clauses(accordId, facilitator.token);
  await eachConcurrently(clauseList.length, concurrency, async (i) => {
    const clause = clauseList[i];
    for (let k = 0; k < sizes.openPerClause; k++) {
      await f.propose(parties[k % 2], accordId, {
        kind: 'MODIFY_CLAUSE',
        clauseId: clause.id,
        baseVersion: 1,
        text: clauseText(i + k + 7),
      });
    }
    if (withComments) {
      for (let k = 0; k < sizes.commentsPerClause; k++) {
        const author = parties[k % 2].representative;
        await f.gql(
          `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`,
          {
            input: {
              accordId,
              clauseId: clause.id,
              body: `Comment ${k + 1} on article ${i + 1}: the word "shall" makes this binding; we would prefer "should" here.`,
            },
          },
          author.token,
        );
      }
    }
  });
  await f.analyze();
  return {
    accordId,
    facilitator,
    parties,
    reader: parties[1].representative,
    clauses: clauseList.length,
  };
}

/**
 * What the API sends on its own timers, whatever the requests: the voting-deadline sweep, the
 * rate limits' batched flush, the mail outbox's claim, notification derivation and the digest's
 * poll. A long read (a busy machine, a big accord) overlaps them more often; they are not its cost.
 */
const BACKGROUND_SQL = [
  /WHERE status = 'VOTING' AND closes_at <= now\(\)/,
  /^INSERT INTO "rate_limit"/,
  /^UPDATE mail_outbox SET claimed_until/,
  /LEFT JOIN notification_cursor/,
  /WHERE digest_pending/,
];

/** Fewest statements seen over a few sequential reads, background work left out. */
async function statementsPerRead(api, query, accord) {
  let best = null;
  for (let i = 0; i < 3; i++) {
    await api.sql.reset();
    await gql(api.url, query, { id: accord.accordId }, accord.reader.token);
    const seen = await api.sql.read();
    const statements = seen.statements.filter(
      (entry) =>
        !BACKGROUND_SQL.some((re) => re.test(typeof entry === 'string' ? entry : entry.sql)),
    );
    const count = seen.count - (seen.statements.length - statements.length);
    if (!best || count < best.count) best = { count, statements };
  }
  return best;
}

export default {
  id: '1',
  title: 'Accord read',
  async run(ctx) {
    const sizes = ctx.profile.s1;
    const [api, baseline, f, caps] = await Promise.all([
      ctx.mainApi(),
      ctx.baselineHttp(),
      ctx.fixtures(),
      ctx.capabilities(),
    ]);
    const withComments = caps.postComment && caps.clauseComments;
    const flags = { comments: withComments, commentCount: caps.commentCount };
    const query = accordQuery(flags);

    const big = await buildAccord(f, sizes.clauses, sizes, withComments);
    const small = await buildAccord(f, sizes.smallClauses, sizes, withComments);
    ctx.verbose(`accords built: ${big.clauses} and ${small.clauses} clauses`);

    // Same document every way, or the comparison means nothing.
    const pathOf = (variant) =>
      `/accord/${big.accordId}?comments=${flags.comments ? 1 : 0}&commentCount=${flags.commentCount ? 1 : 0}&variant=${variant}`;
    const auth = { authorization: `Bearer ${big.reader.token}` };
    const viaGraphql = await f.gql(query, { id: big.accordId }, big.reader.token);
    for (const variant of ['json', 'rows']) {
      const viaSql = await (
        await fetch(`${baseline.url}${pathOf(variant)}`, { headers: auth })
      ).json();
      if (canonical({ data: viaGraphql }) !== canonical(viaSql)) {
        throw new Error(
          `the baseline (${variant}) does not return what GraphQL does:\n  graphql ${canonical({ data: viaGraphql }).slice(0, 400)}\n  sql     ${canonical(viaSql).slice(0, 400)}`,
        );
      }
    }
    // The baseline is the fastest hand-written read: try both, twice each and alternately (the
    // first round of anything runs cold), keep the faster (not in smoke runs).
    const trial = { json: 1, rows: 0 };
    const variants = ctx.profile.warmup === false ? [] : ['json', 'rows', 'json', 'rows'];
    for (const [i, variant] of variants.entries()) {
      const { rps } = await hammer({
        url: `${baseline.url}${pathOf(variant)}`,
        method: 'GET',
        headers: auth,
        connections: sizes.connections,
        ...ctx.load(true),
        verifyBody: noGraphqlErrors,
      });
      trial[variant] = i < 2 ? rps : Math.max(trial[variant], rps);
    }
    const variant = trial.rows > trial.json ? 'rows' : 'json';
    const baselinePath = pathOf(variant);
    ctx.verbose(
      `baseline variants: json ${trial.json.toFixed(0)} req/s, rows ${trial.rows.toFixed(0)} req/s → ${variant}`,
    );
    const bytes = Buffer.byteLength(JSON.stringify({ data: viaGraphql }));

    // The API keeps answers of unchanged accords (the read cache): the main figure is the read of
    // an accord nobody is changing. A second instance on the same database, cache off, gives the
    // read computed from the tables, as after every change; its SQL statements are counted.
    const computing = await startApi({
      databaseUrl: (await ctx.mainDatabase()).url,
      name: 'api-uncached',
      profileDir: ctx.profileDir,
      env: { PLENARY_READ_CACHE_ENTRIES: '0' },
    });
    const sqlBig = await statementsPerRead(computing, query, big);
    const sqlSmall = await statementsPerRead(computing, query, small);
    const sqlCached = await statementsPerRead(api, query, big);
    const viewerQuery = viewerAccordQuery(flags);
    const sqlViewerBig = await statementsPerRead(computing, viewerQuery, big);
    const sqlViewerSmall = await statementsPerRead(computing, viewerQuery, small);

    const measureOn = async (server) => {
      const latencies = { graphql: [], sql: [] };
      const cpu = { graphql: [], sql: [] };
      const measured = await ctx.rounds({
        figure: async (warmup) => {
          const run = () =>
            hammer({
              url: `${server.url}/graphql`,
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${big.reader.token}`,
              },
              body: JSON.stringify({ query, variables: { id: big.accordId } }),
              connections: sizes.connections,
              ...ctx.load(warmup),
              verifyBody: noGraphqlErrors,
            });
          const r = warmup ? await run() : await ctx.cpuPerOp('api', server.pid, run, cpu.graphql);
          if (!warmup) latencies.graphql.push(r);
          return r.rps;
        },
        baseline: async (warmup) => {
          const run = () =>
            hammer({
              url: `${baseline.url}${baselinePath}`,
              method: 'GET',
              headers: auth,
              connections: sizes.connections,
              ...ctx.load(warmup),
              verifyBody: noGraphqlErrors,
            });
          const r = warmup ? await run() : await ctx.cpuPerOp('server', baseline.pid, run, cpu.sql);
          if (!warmup) latencies.sql.push(r);
          return r.rps;
        },
      });
      return { measured, latencies, cpu };
    };
    const cached = await measureOn(api);
    // Three readers of three standings (a party's representative, another's, the facilitator)
    // in turn: the plain read shares one answer between them, the per-viewer read keeps three.
    const readers = [big.parties[0].representative, big.parties[1].representative, big.facilitator];
    const inTurn = (q) => (warmup) =>
      hammer({
        url: `${api.url}/graphql`,
        method: 'POST',
        connections: Math.max(sizes.connections, readers.length),
        ...ctx.load(warmup),
        setupClient: readersInTurn(readers, q, big.accordId),
        verifyBody: noGraphqlErrors,
      }).then((r) => r.rps);
    const perViewer = await ctx.rounds({ figure: inTurn(viewerQuery), baseline: inTurn(query) });
    ctx.verbose(
      `viewer fields, ${readers.length} standings: ${perViewer.figure.median.toFixed(0)} req/s vs plain ${perViewer.baseline.median.toFixed(0)} req/s`,
    );
    const computed = await measureOn(computing);

    // How the computed read's cost grows with the accord: CPU (API + PostgreSQL) per clause of a
    // read of the scaling accord vs the same of the main one, in interleaved rounds. Two
    // connections: the cost of the work, not of queueing.
    const scaling = await buildAccord(f, sizes.scalingClauses, sizes, withComments, 8);
    ctx.verbose(`scaling accord built: ${scaling.clauses} clauses`);
    const sqlScaling = await statementsPerRead(computing, query, scaling);
    const cpuPerClause = async (accord, warmup, sink) => {
      const run = () =>
        hammer({
          url: `${computing.url}/graphql`,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${accord.reader.token}`,
          },
          body: JSON.stringify({ query, variables: { id: accord.accordId } }),
          connections: 2,
          ...ctx.load(warmup),
          verifyBody: noGraphqlErrors,
        });
      if (warmup) {
        await run();
        return 0;
      }
      const spent = [];
      await ctx.cpuPerOp('api', computing.pid, run, spent);
      const [perRead] = spent;
      const ms = perRead ? perRead.api + (perRead.postgres ?? 0) : NaN;
      if (perRead) sink.push(perRead);
      return ms / accord.clauses;
    };
    const scalingCpu = { big: [], small: [] };
    const scaled = await ctx.rounds({
      figure: (warmup) => cpuPerClause(scaling, warmup, scalingCpu.big),
      baseline: (warmup) => cpuPerClause(big, warmup, scalingCpu.small),
    });
    await computing.stop();

    const what = `${big.clauses} clauses${withComments ? ` × ${sizes.commentsPerClause} comments` : ' (no comments: API absent)'}, ${sizes.connections} connections`;
    const baselineLabel =
      variant === 'json'
        ? 'one SQL statement building the JSON, node:http'
        : 'four SQL statements at once, JSON.stringify, node:http';
    const readRow = row({
      measure: `accord read, ${what}`,
      unit: 'req/s',
      figure: cached.measured.figure,
      baseline: cached.measured.baseline,
      baselineLabel,
      higherIsBetter: true,
      target: { on: 'ratio', op: '>=', value: 0.5, text: '≥ 0.5×' },
    });
    const computedRow = row({
      measure: `accord read, computed (cache off, as after a change)`,
      unit: 'req/s',
      figure: computed.measured.figure,
      baseline: computed.measured.baseline,
      baselineLabel,
      higherIsBetter: true,
      target: { on: 'ratio', op: '>=', value: 0.5, text: '≥ 0.5×' },
    });
    const viewerRow = row({
      measure: `accord read with viewer fields, ${readers.length} readers of ${readers.length} standings`,
      unit: 'req/s',
      figure: perViewer.figure,
      baseline: perViewer.baseline,
      baselineLabel: 'the plain read (one shared answer), same readers',
      higherIsBetter: true,
      target: { text: '—' },
    });
    const flat =
      sqlBig.count <= sqlSmall.count &&
      sqlScaling.count <= sqlSmall.count &&
      sqlViewerBig.count <= sqlViewerSmall.count;
    const fixed = (n) => ({ median: n, min: n, max: n, spreadPct: 0, rounds: [n] });
    const sqlRow = row({
      measure: `SQL statements per computed read (${scaling.clauses} vs ${small.clauses} clauses)`,
      unit: '',
      figure: fixed(Math.max(sqlBig.count, sqlScaling.count)),
      baseline: fixed(sqlSmall.count),
      baselineLabel: `${small.clauses} clauses`,
      higherIsBetter: false,
      target: { on: 'ratio', op: '<=', value: 1, text: 'no growth (1×)' },
    });
    const scalingRow = row({
      measure: `computed read, CPU per clause (API + PostgreSQL), ${scaling.clauses} vs ${big.clauses} clauses`,
      unit: 'ms',
      figure: scaled.figure,
      baseline: scaled.baseline,
      baselineLabel: `${big.clauses} clauses`,
      higherIsBetter: false,
      target: { on: 'ratio', op: '<=', value: 1.2, text: '≤ 1.2×' },
    });
    const med = (list, key) =>
      list.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const latencyOf = ({ latencies }) => ({
      graphql: { p50: med(latencies.graphql, 'p50'), p99: med(latencies.graphql, 'p99') },
      sql: { p50: med(latencies.sql, 'p50'), p99: med(latencies.sql, 'p99') },
    });
    return {
      rows: [readRow, computedRow, scalingRow, sqlRow, viewerRow],
      summary:
        `GraphQL ${fmt(cached.measured.figure.median, 'req/s')} vs raw ${fmt(cached.measured.baseline.median, 'req/s')} = ` +
        `${readRow.ratio?.toFixed(2)}× (target ≥ 0.5×: ${readRow.met ? 'met' : 'SHORT'}); ` +
        `computed (cache off) ${fmt(computed.measured.figure.median, 'req/s')} = ${computedRow.ratio?.toFixed(2)}× (target ≥ 0.5×: ${computedRow.met ? 'met' : 'SHORT'}); ` +
        `computed CPU per clause ${scaled.figure.median.toFixed(3)} ms at ${scaling.clauses} clauses vs ${scaled.baseline.median.toFixed(3)} ms at ${big.clauses} = ${scalingRow.ratio?.toFixed(2)}× (target ≤ 1.2×: ${scalingRow.met ? 'met' : 'SHORT'}); ` +
        `${sqlBig.count} SQL statements per computed read at ${big.clauses} clauses, ${sqlSmall.count} at ${small.clauses}, ${sqlScaling.count} at ${scaling.clauses} (${flat ? 'flat' : 'GROWS'}), ${sqlCached.count} per cached read; ` +
        `with viewer fields ${sqlViewerBig.count} and ${sqlViewerSmall.count}, ${fmt(perViewer.figure.median, 'req/s')} vs ${fmt(perViewer.baseline.median, 'req/s')} plain (${viewerRow.ratio?.toFixed(2)}×)` +
        cpuNote(medianBy(cached.cpu.graphql), medianBy(cached.cpu.sql)) +
        cpuNote(medianBy(computed.cpu.graphql), medianBy(computed.cpu.sql)).replace(
          'CPU per op',
          'computed, CPU per op',
        ),
      details: {
        query,
        baseline: { chosen: variant, trialRps: trial },
        cpuMsPerRead: {
          cached: { graphql: medianBy(cached.cpu.graphql), sql: medianBy(cached.cpu.sql) },
          computed: { graphql: medianBy(computed.cpu.graphql), sql: medianBy(computed.cpu.sql) },
          scaling: {
            [scaling.clauses]: medianBy(scalingCpu.big),
            [big.clauses]: medianBy(scalingCpu.small),
          },
        },
        responseBytes: bytes,
        withComments,
        latencyMs: { cached: latencyOf(cached), computed: latencyOf(computed) },
        sqlStatements: {
          [scaling.clauses]: sqlScaling,
          [big.clauses]: sqlBig,
          [small.clauses]: sqlSmall,
          cached: sqlCached,
        },
        viewerSqlStatements: { [big.clauses]: sqlViewerBig, [small.clauses]: sqlViewerSmall },
        viewerQuery,
      },
    };
  },
};
