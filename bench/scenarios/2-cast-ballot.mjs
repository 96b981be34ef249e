// Scenario 2 — castBallot by GraphQL with 50 delegates voting at once (each its own connection,
// changing its vote back and forth), against raw `pg` doing the same writes — ballot upsert,
// ballot history (with the receipts), tally counts, the hash-chained event, its checkpoint every
// 50 events and the accord head, under the accord's row lock — in one transaction, from a bare
// node:http handler at the same concurrency.
// Both write the same amendment alternately; afterwards the counts must still match the ballots
// and the hash chain must verify, which shows the baseline did the same writes.
import { CHOICES, delegateClients, graphqlBallots, voteInProgress } from '../lib/ballots.mjs';
import { hammer, noGraphqlErrors } from '../lib/load.mjs';
import { fmt, row } from '../lib/report.mjs';
import { cpuNote, medianBy } from '../lib/stats.mjs';

export default {
  id: '2',
  title: 'castBallot under concurrency',
  async run(ctx) {
    const { delegates } = ctx.profile.s2;
    const [api, baseline, f] = await Promise.all([
      ctx.mainApi(),
      ctx.baselineHttp(),
      ctx.fixtures(),
    ]);

    const { facilitator, accordId, parties, amendmentId } = await voteInProgress(f, delegates, {
      title: 'Accord under a busy vote',
      prefix: 'S2',
    });
    ctx.verbose(`${parties.length} delegates ready`);

    // Statements per castBallot (a change of vote: the common case under load).
    await f.vote(parties[0], amendmentId, 'FOR');
    let statements = null;
    for (let i = 0; i < 3; i++) {
      await api.sql.reset();
      await f.vote(parties[0], amendmentId, CHOICES[i % 2]);
      const seen = await api.sql.read();
      if (!statements || seen.count < statements.count) statements = seen;
    }

    // Each connection is one delegate, voting FOR then AGAINST then FOR …
    const graphqlClient = graphqlBallots(parties, amendmentId);
    const rawClient = delegateClients(parties, (party, choice) => ({
      method: 'POST',
      path: '/ballot',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${party.representative.token}`,
      },
      body: JSON.stringify({ amendmentId, organizationId: party.organizationId, choice }),
    }));

    const latency = { graphql: [], raw: [] };
    const cpu = { graphql: [], raw: [] };
    const measured = await ctx.rounds({
      figure: async (warmup) => {
        const run = () =>
          hammer({
            url: `${api.url}/graphql`,
            connections: delegates,
            ...ctx.load(warmup),
            setupClient: graphqlClient,
            verifyBody: noGraphqlErrors,
          });
        const r = warmup ? await run() : await ctx.cpuPerOp('api', api.pid, run, cpu.graphql);
        if (!warmup) latency.graphql.push(r);
        return r.rps;
      },
      baseline: async (warmup) => {
        const run = () =>
          hammer({
            url: `${baseline.url}/ballot`,
            connections: delegates,
            ...ctx.load(warmup),
            setupClient: rawClient,
            verifyBody: noGraphqlErrors,
          });
        const r = warmup ? await run() : await ctx.cpuPerOp('server', baseline.pid, run, cpu.raw);
        if (!warmup) latency.raw.push(r);
        return r.rps;
      },
    });

    // Same writes: the counts still match the ballots, and the chain still verifies.
    const { rows } = await f.pool.query(
      `SELECT m.ballot_counts, (SELECT json_object_agg(g, json_build_object('for', nf, 'against', na, 'abstain', nb)) FROM (
         SELECT o.stakeholder_group g, count(*) FILTER (WHERE b.choice = 'FOR') nf,
                count(*) FILTER (WHERE b.choice = 'AGAINST') na, count(*) FILTER (WHERE b.choice = 'ABSTAIN') nb
         FROM ballot b JOIN organization o ON o.id = b.organization_id WHERE b.amendment_id = m.id GROUP BY 1) x) AS counted,
         (SELECT count(*)::int FROM ballot_history h WHERE h.amendment_id = m.id) AS history
       FROM amendment m WHERE m.id = $1`,
      [amendmentId],
    );
    const stored = rows[0].ballot_counts;
    for (const [group, counted] of Object.entries(rows[0].counted ?? {})) {
      const s = stored[group] ?? {};
      if (s.for !== counted.for || s.against !== counted.against || s.abstain !== counted.abstain) {
        throw new Error(
          `ballot counts out of sync with the ballots in ${group}: ${JSON.stringify(s)} vs ${JSON.stringify(counted)}`,
        );
      }
    }
    const verification = await f.verifyHistory(accordId, facilitator.token);
    if (!verification.ok)
      throw new Error(`hash chain broken at seq ${verification.firstBrokenSeq}`);

    const r = row({
      measure: `castBallot, ${delegates} delegates at once`,
      unit: 'ballots/s',
      figure: measured.figure,
      baseline: measured.baseline,
      baselineLabel: 'raw pg, one transaction, node:http',
      higherIsBetter: true,
      target: { on: 'ratio', op: '>=', value: 0.5, text: '≥ 0.5×' },
    });
    const med = (list, key) =>
      list.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
    return {
      rows: [r],
      summary:
        `GraphQL ${fmt(measured.figure.median, 'ballots/s')} vs raw ${fmt(measured.baseline.median, 'ballots/s')} = ` +
        `${r.ratio?.toFixed(2)}× (target ≥ 0.5×: ${r.met ? 'met' : 'SHORT'}); ${statements.count} SQL statements per castBallot (raw: 5); ` +
        `${rows[0].history} ballots written, chain verified (${verification.checked} events)` +
        cpuNote(medianBy(cpu.graphql), medianBy(cpu.raw)),
      details: {
        cpuMsPerBallot: { graphql: medianBy(cpu.graphql), raw: medianBy(cpu.raw) },
        latencyMs: {
          graphql: { p50: med(latency.graphql, 'p50'), p99: med(latency.graphql, 'p99') },
          raw: { p50: med(latency.raw, 'p50'), p99: med(latency.raw, 'p99') },
        },
        sqlStatementsPerCastBallot: statements,
        ballotsWritten: rows[0].history,
        eventsVerified: verification.checked,
      },
    };
  },
};
