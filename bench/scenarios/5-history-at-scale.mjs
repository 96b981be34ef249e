// Scenario 5 — history at scale: accordAt (the text as it stood half-way), clauseDiff (half-way
// version to the last), clause.current and accordDiff (the whole accord across its last five
// versions: the same changes, behind a history of 10,000 versions or of 10), on a clause with
// 10,000 versions against one with 10.
// Each version is an adopted amendment, bulk-loaded with every row and hash-chained event the
// API writes for it (see Fixtures.bulkVersions).
import { Skip } from '../lib/capabilities.mjs';
import { clauseText, versionText } from '../lib/fixtures.mjs';
import { msPerRead } from '../lib/latency.mjs';
import { fmt, row } from '../lib/report.mjs';

const ACCORD_AT = `query($a: ID!, $seq: Int) { accordAt(accordId: $a, seq: $seq) { seq clauses { clauseId number version heading text force } } }`;
const CLAUSE_DIFF = `query($c: ID!, $from: Int!, $to: Int!) { clauseDiff(clauseId: $c, fromVersion: $from, toVersion: $to) { fromVersion toVersion parts { op text } } }`;
const ACCORD_DIFF = `query($a: ID!, $from: Int!, $to: Int!) { accordDiff(accordId: $a, from: { seq: $from }, to: { seq: $to }) { articles { clauseId kind parts { op text } amendments { id } } } }`;
/** The versions accordDiff compares across, at the end of either history. */
const RECENT = 5;
const CURRENT = `query($c: ID!) { clause(id: $c) { id number current { version heading text force } } }`;

async function clauseWith(f, versions) {
  const facilitator = await f.user('Facilitator');
  const accordId = await f.accord(
    facilitator,
    { kind: 'SIMPLE_MAJORITY' },
    `Clause of ${versions} versions`,
  );
  const [party] = await f.parties(facilitator, accordId, 1, { prefix: `S5-${versions}` });
  const baseText = clauseText(3, 60);
  await f.adopt(facilitator, party, [party], accordId, {
    kind: 'ADD_CLAUSE',
    heading: 'Critical infrastructure',
    text: baseText,
    force: 'BINDING',
  });
  const [clause] = await f.clauses(accordId, facilitator.token);
  const { seqOfVersion } = await f.bulkVersions({
    accordId,
    clauseId: clause.id,
    facilitatorId: facilitator.id,
    party,
    versions,
    baseText,
  });
  const half = Math.max(2, Math.floor(versions / 2));
  const current = await f.gql(CURRENT, { c: clause.id }, party.representative.token);
  if (
    current.clause.current.version !== versions ||
    current.clause.current.text !== versionText(baseText, versions)
  ) {
    throw new Error(
      `clause.current is version ${current.clause.current.version}, expected ${versions}`,
    );
  }
  const verification = await f.verifyHistory(accordId, facilitator.token);
  if (!verification.ok)
    throw new Error(`bulk-loaded versions break the hash chain at ${verification.firstBrokenSeq}`);
  return {
    accordId,
    clauseId: clause.id,
    token: party.representative.token,
    half,
    halfSeq: seqOfVersion(half),
    // Version 1 is the clause's creation, which has no seq of its own here.
    recentFrom: Math.max(2, versions - RECENT),
    recentSeq: seqOfVersion(Math.max(2, versions - RECENT)),
    lastSeq: seqOfVersion(versions),
    versions,
    baseText,
  };
}

export default {
  id: '5',
  title: 'History at scale',
  async run(ctx) {
    const { versions, smallVersions } = ctx.profile.s5;
    const [api, f, caps] = await Promise.all([ctx.mainApi(), ctx.fixtures(), ctx.capabilities()]);
    const big = await clauseWith(f, versions);
    const small = await clauseWith(f, smallVersions);
    ctx.verbose(`clauses loaded: ${versions} and ${smallVersions} versions`);

    const reads = [
      caps.accordAt && {
        name: 'accordAt (half-way)',
        query: ACCORD_AT,
        variables: (c) => ({ a: c.accordId, seq: c.halfSeq }),
        check: (data, c) =>
          data.accordAt.clauses[0]?.version === c.half &&
          data.accordAt.clauses[0]?.text === versionText(c.baseText, c.half),
      },
      caps.clauseDiff && {
        name: 'clauseDiff (half-way → last)',
        query: CLAUSE_DIFF,
        variables: (c) => ({ c: c.clauseId, from: c.half, to: c.versions }),
        check: (data) => data.clauseDiff.parts.length > 0,
      },
      caps.accordDiff && {
        name: `accordDiff (last ${RECENT} versions)`,
        query: ACCORD_DIFF,
        variables: (c) => ({ a: c.accordId, from: c.recentSeq, to: c.lastSeq }),
        check: (data, c) =>
          data.accordDiff.articles[0]?.kind === 'MODIFIED' &&
          data.accordDiff.articles[0]?.amendments.length === c.versions - c.recentFrom,
      },
      {
        name: 'clause.current',
        query: CURRENT,
        variables: (c) => ({ c: c.clauseId }),
        check: (data, c) => data.clause.current.version === c.versions,
      },
    ].filter(Boolean);
    const missing = [
      !caps.accordAt && 'accordAt',
      !caps.clauseDiff && 'clauseDiff',
      !caps.accordDiff && 'accordDiff',
    ].filter(Boolean);

    const rows = [];
    const statements = {};
    for (const read of reads) {
      for (const c of [big, small]) {
        const data = await f.gql(read.query, read.variables(c), c.token);
        if (!read.check(data, c))
          throw new Error(
            `${read.name} on ${c.versions} versions answered ${JSON.stringify(data).slice(0, 300)}`,
          );
      }
      await api.sql.reset();
      await f.gql(read.query, read.variables(big), big.token);
      statements[read.name] = (await api.sql.read()).count;
      const timed = (c) => (warmup) =>
        msPerRead({
          url: api.url,
          token: c.token,
          query: read.query,
          variables: read.variables(c),
          load: ctx.load(warmup, 'latency'),
        });
      const measured = await ctx.rounds({ figure: timed(big), baseline: timed(small) });
      rows.push(
        row({
          measure: `${read.name}, ${versions} versions vs ${smallVersions}`,
          unit: 'ms',
          figure: measured.figure,
          baseline: measured.baseline,
          baselineLabel: `${smallVersions} versions`,
          higherIsBetter: false,
          target: { on: 'ratio', op: '<=', value: 2, text: '≤ 2×' },
        }),
      );
    }
    if (rows.length === 0) throw new Skip('no history query in this API');
    return {
      rows,
      summary:
        rows
          .map(
            (r) =>
              `${r.measure.split(',')[0]} ${fmt(r.figure.median, 'ms')} vs ${fmt(r.baseline.median, 'ms')} = ${r.ratio?.toFixed(2)}× (${r.met ? 'met' : 'SHORT'})`,
          )
          .join('; ') +
        (missing.length ? `; skipped: ${missing.join(', ')} (not in this API)` : ''),
      details: {
        sqlStatements: statements,
        skipped: missing,
        method: 'one keep-alive connection, sequential reads: median ms per read in each round',
      },
    };
  },
};
