// Scenario 8 — what signing checkpoints costs the hot path. The API signs the head of an
// accord's log in the append's own statement, at every vote close and every
// PLENARY_CHECKPOINT_EVERY events (default 50): one Ed25519 signature and one more row per
// checkpoint, whatever the length of the log (nothing before the head is read). Its cost per
// ballot is therefore that of one checkpoint divided by the interval. To show the most it can
// cost, a second instance on the same database signs after every event
// (PLENARY_CHECKPOINT_EVERY=1) and takes the castBallot load of scenario 2 on a vote of its own;
// the baseline is the same load on the default instance. Each accord is written by one instance
// only (its checkpoints promise that instance's interval); both logs must verify afterwards,
// every checkpoint included.
import { startApi } from '../lib/api.mjs';
import { graphqlBallots, voteInProgress } from '../lib/ballots.mjs';
import { Fixtures } from '../lib/fixtures.mjs';
import { hammer, noGraphqlErrors } from '../lib/load.mjs';
import { fmt, row } from '../lib/report.mjs';
import { cpuNote, medianBy } from '../lib/stats.mjs';

export default {
  id: '8',
  title: 'Checkpoint signing cost',
  async run(ctx) {
    const { delegates } = ctx.profile.s2;
    const [api, f] = await Promise.all([ctx.mainApi(), ctx.fixtures()]);
    const database = await ctx.mainDatabase();
    const everyEvent = await startApi({
      databaseUrl: database.url,
      name: 'api-signing-every-event',
      profileDir: ctx.profileDir,
      env: { PLENARY_CHECKPOINT_EVERY: '1' },
    });
    const viaEveryEvent = new Fixtures(everyEvent.url, database.url);
    try {
      const votes = {
        every: await voteInProgress(viaEveryEvent, delegates, {
          title: 'Signed at every event',
          prefix: 'S8a',
        }),
        default: await voteInProgress(f, delegates, { title: 'Signed every 50', prefix: 'S8b' }),
      };
      const cpu = { every: [], default: [] };
      const load = (server, side) => async (warmup) => {
        const run = () =>
          hammer({
            url: `${server.url}/graphql`,
            connections: delegates,
            ...ctx.load(warmup),
            setupClient: graphqlBallots(votes[side].parties, votes[side].amendmentId),
            verifyBody: noGraphqlErrors,
          });
        const r = warmup ? await run() : await ctx.cpuPerOp('api', server.pid, run, cpu[side]);
        return r.rps;
      };
      const measured = await ctx.rounds({
        figure: load(everyEvent, 'every'),
        baseline: load(api, 'default'),
      });

      const signed = {};
      for (const [side, vote] of Object.entries(votes)) {
        const verification = await f.verifyHistory(vote.accordId, vote.facilitator.token);
        if (!verification.ok)
          throw new Error(`log signed ${side} breaks at seq ${verification.firstBrokenSeq}`);
        const { rows } = await f.pool.query(
          `SELECT count(*)::int AS checkpoints, (SELECT last_seq FROM accord WHERE id = $1) AS events
           FROM accord_checkpoint WHERE accord_id = $1`,
          [vote.accordId],
        );
        signed[side] = { ...rows[0], verified: verification.checkpointsVerified };
      }

      const r = row({
        measure: `castBallot with a checkpoint signed at every event, ${delegates} delegates`,
        unit: 'ballots/s',
        figure: measured.figure,
        baseline: measured.baseline,
        baselineLabel: 'the same, signed every 50 events (the default)',
        higherIsBetter: true,
        target: { on: 'ratio', op: '>=', value: 0.8, text: '≥ 0.8×' },
      });
      return {
        rows: [r],
        summary:
          `signing every event ${fmt(measured.figure.median, 'ballots/s')} vs every 50 ` +
          `${fmt(measured.baseline.median, 'ballots/s')} = ${r.ratio?.toFixed(2)}×; ` +
          `${signed.every.checkpoints} checkpoints over ${signed.every.events} events vs ` +
          `${signed.default.checkpoints} over ${signed.default.events}, all verified` +
          cpuNote(medianBy(cpu.every), medianBy(cpu.default)),
        details: {
          cpuMsPerBallot: {
            signingEveryEvent: medianBy(cpu.every),
            every50: medianBy(cpu.default),
          },
          checkpoints: signed,
        },
      };
    } finally {
      await viaEveryEvent.close();
      await everyEvent.stop();
    }
  },
};
