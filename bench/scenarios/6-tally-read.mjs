// Scenario 6 — reading the tally of an amendment with 10,000 ballots, against 10 ballots. The
// API keeps per-group counts with each ballot (amendment.ballot_counts), so the read should not
// depend on the number of ballots. The big vote is bulk-loaded as CastBallotUseCase writes it.
import { msPerRead } from '../lib/latency.mjs';
import { fmt, row } from '../lib/report.mjs';

const QUERY = `query($id: ID!) { amendment(id: $id) { id status tally {
  for against abstain eligible cast passed quorumMet explanation
  chambers { group for against abstain eligible voted passed quorumMet } } } }`;

async function voteOf(f, ballots) {
  const facilitator = await f.user('Facilitator');
  const accordId = await f.accord(facilitator, { kind: 'CHAMBERED' }, `Vote of ${ballots}`);
  const delegate = await f.user('Representative of many');
  const first = await f.organization(delegate, 'GOVERNMENT', 'First party');
  await f.participant(facilitator, accordId, first.id);
  const party = {
    organizationId: first.id,
    group: 'GOVERNMENT',
    name: first.name,
    representative: delegate,
  };
  const more =
    ballots > 1
      ? await f.bulkParties(accordId, facilitator.id, delegate.id, ballots - 1, `S6-${ballots}`)
      : [];
  const amendmentId = await f.propose(party, accordId, {
    kind: 'ADD_CLAUSE',
    heading: 'Capacity building',
    text: 'Parties should assist one another in building the capacity to protect critical infrastructure.',
    force: 'VOLUNTARY',
  });
  await f.openVoting(facilitator, amendmentId);
  await f.bulkBallots(accordId, amendmentId, delegate.id, [party, ...more]);
  const data = await f.gql(QUERY, { id: amendmentId }, delegate.token);
  if (data.amendment.tally.cast !== ballots) {
    throw new Error(`tally says ${data.amendment.tally.cast} ballots cast, expected ${ballots}`);
  }
  const verification = await f.verifyHistory(accordId, facilitator.token);
  if (!verification.ok)
    throw new Error(`bulk-loaded vote breaks the hash chain at ${verification.firstBrokenSeq}`);
  return { amendmentId, token: delegate.token, tally: data.amendment.tally };
}

export default {
  id: '6',
  title: 'Tally read at scale',
  async run(ctx) {
    const { ballots, smallBallots } = ctx.profile.s6;
    const [api, f] = await Promise.all([ctx.mainApi(), ctx.fixtures()]);
    const big = await voteOf(f, ballots);
    const small = await voteOf(f, smallBallots);
    ctx.verbose(`votes loaded: ${ballots} and ${smallBallots} ballots`);

    const read = (vote) => (warmup) =>
      msPerRead({
        url: api.url,
        token: vote.token,
        query: QUERY,
        variables: { id: vote.amendmentId },
        load: ctx.load(warmup, 'latency'),
      });
    const measured = await ctx.rounds({ figure: read(big), baseline: read(small) });

    await api.sql.reset();
    await f.gql(QUERY, { id: big.amendmentId }, big.token);
    const statements = await api.sql.read();

    const r = row({
      measure: `tally read, ${ballots} ballots vs ${smallBallots}`,
      unit: 'ms',
      figure: measured.figure,
      baseline: measured.baseline,
      baselineLabel: `${smallBallots} ballots`,
      higherIsBetter: false,
      target: { on: 'ratio', op: '<=', value: 1.5, text: '≤ 1.5×' },
    });
    return {
      rows: [r],
      summary:
        `${fmt(measured.figure.median, 'ms')} per read at ${ballots} ballots vs ${fmt(measured.baseline.median, 'ms')} at ${smallBallots} = ` +
        `${r.ratio?.toFixed(2)}× (target ≤ 1.5×: ${r.met ? 'met' : 'SHORT'}); ${statements.count} SQL statements per read`,
      details: {
        query: QUERY,
        tally: big.tally.explanation,
        sqlStatements: statements,
        method: 'one keep-alive connection, sequential reads: median ms per read in each round',
      },
    };
  },
};
