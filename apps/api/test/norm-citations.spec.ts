import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  expectData,
  expectError,
  Given,
  type TestParty,
  type TestUser,
} from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/frameworks/${name}`, import.meta.url), 'utf8');

const IMPORT = `mutation($c: String!, $f: FrameworkFileFormat!, $id: ID) {
  importFramework(content: $c, format: $f, frameworkId: $id) { id norms { id key } } }`;
const CLAUSE = `query($id: ID!) { clause(id: $id) { number current { version sources
  citations { source norm { key framework { shortName } } } } } }`;
const LINK = `mutation($c: ID!, $s: String!, $n: ID) { linkSourceToNorm(clauseId: $c, source: $s, normId: $n) {
  version citations { source norm { key } } } }`;
const COMPARE = `query($a: ID!, $f: [ID!]!) { frameworkComparison(accordId: $a, frameworkIds: $f) {
  accordId seq frameworks { framework { shortName } stronger equivalent weaker silent
    norms { norm { key force } coverage clauses { number force source } } } } }`;

interface Row {
  norm: { key: string; force: string };
  coverage: string;
  clauses: { number: string; force: string; source: string | null }[];
}

describe('clauses cite norms; the accord compared with frameworks', () => {
  let api: TestApp;
  let operator: TestUser;
  let facilitator: TestUser;
  let state: TestParty;
  let company: TestParty;
  let outsider: TestUser;
  let accordId: string;
  let n: Negotiation;
  let gge: { id: string; norms: { id: string; key: string }[] };
  let dgc: { id: string; norms: { id: string; key: string }[] };
  const ggeNorm = (key: string) => gge.norms.find((x) => x.key === key)!.id;
  const dgcNorm = (key: string) => dgc.norms.find((x) => x.key === key)!.id;
  let bindingClause: string;
  let voluntaryClause: string;

  beforeAll(async () => {
    api = await startTestApp();
    const given = new Given(api);
    operator = await given.operator();
    gge = expectData(
      await api.gql(IMPORT, { c: fixture('un-gge-2015.json'), f: 'JSON' }, operator.token),
    ).importFramework;
    dgc = expectData(
      await api.gql(
        IMPORT,
        { c: fixture('digital-geneva-convention-2017.csv'), f: 'CSV' },
        operator.token,
      ),
    ).importFramework;
    let parties: TestParty[];
    ({ accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 1, PRIVATE_SECTOR: 1 },
    }));
    state = elementAt(parties, 0);
    company = elementAt(parties, 1);
    outsider = await given.user('Outsider');
    n = new Negotiation(api, accordId, facilitator);
  });

  afterAll(() => api?.close());

  it('an amendment cites norms directly; the clause it adopts carries them, and its event too', async () => {
    const both: [TestParty, string][] = [
      [state, 'FOR'],
      [company, 'FOR'],
    ];
    await n.decide(
      state,
      {
        kind: 'ADD_CLAUSE',
        text: 'Parties shall not damage critical infrastructure that serves the public.',
        force: 'BINDING',
        position: 1,
        normIds: [ggeNorm('13(f)')],
      },
      both,
    );
    await n.decide(
      company,
      {
        kind: 'ADD_CLAUSE',
        text: 'Parties should keep civilian digital infrastructure off their target lists.',
        force: 'VOLUNTARY',
        position: 2,
        sources: ['Digital Geneva Convention principle 1', 'UN GGE 2015 norm 13(c)'],
      },
      both,
    );
    const text = await n.text();
    [bindingClause, voluntaryClause] = text.clauses.map((c: { id: string }) => c.id);
    const { clause } = expectData(
      await api.gql(CLAUSE, { id: bindingClause }, state.representative.token),
    );
    expect(clause.current.citations).toEqual([
      { source: null, norm: { key: '13(f)', framework: { shortName: 'UN GGE 2015' } } },
    ]);
    const events = expectData(
      await api.gql(
        `query($a: ID!) { accordEvents(accordId: $a) { type payload } }`,
        { a: accordId },
        facilitator.token,
      ),
    ).accordEvents as { type: string; payload: { normIds?: string[] } }[];
    const versioned = events.filter((e) => e.type === 'clause.versioned');
    expect(versioned.map((e) => e.payload.normIds)).toEqual([[ggeNorm('13(f)')], []]);
    expect(events.find((e) => e.type === 'amendment.proposed')?.payload.normIds).toEqual([
      ggeNorm('13(f)'),
    ]);
  });

  it('refuses an unknown norm when proposing', async () => {
    const response = await n.proposeRaw(state, {
      kind: 'ADD_CLAUSE',
      text: 'Anything.',
      normIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expectError(response, 'NOT_FOUND');
  });

  it('the drafting party links a free-text source to a norm, as a logged event; others may not', async () => {
    // The company wrote the voluntary clause: the state may not link its sources.
    const linkAs = (token: string, source: string, normId: string | null) =>
      api.gql(LINK, { c: voluntaryClause, s: source, n: normId }, token);
    const refusal = expectError(
      await linkAs(
        state.representative.token,
        'Digital Geneva Convention principle 1',
        dgcNorm('1'),
      ),
      'FORBIDDEN',
    );
    expect(refusal.extensions?.reason).toBe('NOT_A_MEMBER');
    expectError(
      await linkAs(outsider.token, 'Digital Geneva Convention principle 1', dgcNorm('1')),
      'NOT_FOUND',
    );
    expectError(
      await linkAs(company.representative.token, 'Not a source of it', dgcNorm('1')),
      'BAD_USER_INPUT',
    );
    expectError(
      await linkAs(
        company.representative.token,
        'Digital Geneva Convention principle 1',
        '00000000-0000-4000-8000-000000000000',
      ),
      'NOT_FOUND',
    );

    const linked = expectData(
      await linkAs(
        company.representative.token,
        'Digital Geneva Convention principle 1',
        dgcNorm('1'),
      ),
    ).linkSourceToNorm;
    expect(linked.citations).toEqual([
      { source: 'Digital Geneva Convention principle 1', norm: { key: '1' } },
    ]);
    // The facilitator may link too.
    expectData(await linkAs(facilitator.token, 'UN GGE 2015 norm 13(c)', ggeNorm('13(c)')));
    const events = expectData(
      await api.gql(
        `query($a: ID!) { accordEvents(accordId: $a) { type actorId payload } verifyHistory(accordId: $a) { ok } }`,
        { a: accordId },
        state.representative.token,
      ),
    );
    const links = events.accordEvents.filter(
      (e: { type: string }) => e.type === 'clause.sourceLinked',
    );
    expect(links.map((e: { payload: unknown }) => e.payload)).toEqual([
      {
        clauseId: voluntaryClause,
        version: 1,
        source: 'Digital Geneva Convention principle 1',
        norm: {
          normId: dgcNorm('1'),
          frameworkId: dgc.id,
          frameworkShortName: 'DGC 2017',
          key: '1',
        },
      },
      {
        clauseId: voluntaryClause,
        version: 1,
        source: 'UN GGE 2015 norm 13(c)',
        norm: {
          normId: ggeNorm('13(c)'),
          frameworkId: gge.id,
          frameworkShortName: 'UN GGE 2015',
          key: '13(c)',
        },
      },
    ]);
    expect(events.verifyHistory.ok).toBe(true);
  });

  it('compares frameworks with the accord norm by norm: stronger, equivalent, weaker, silent', async () => {
    const { frameworkComparison } = expectData(
      await api.gql(COMPARE, { a: accordId, f: [gge.id, dgc.id] }, state.representative.token),
    );
    const [ggeColumn, dgcColumn] = frameworkComparison.frameworks;
    const byKey = (rows: Row[], key: string) => rows.find((r) => r.norm.key === key)!;
    expect(byKey(ggeColumn.norms, '13(f)')).toEqual({
      norm: { key: '13(f)', force: 'VOLUNTARY' },
      coverage: 'STRONGER',
      clauses: [{ number: '1', force: 'BINDING', source: null }],
    });
    expect(byKey(ggeColumn.norms, '13(c)')).toMatchObject({
      coverage: 'EQUIVALENT',
      clauses: [{ number: '2', force: 'VOLUNTARY', source: 'UN GGE 2015 norm 13(c)' }],
    });
    expect(byKey(dgcColumn.norms, '1')).toMatchObject({
      coverage: 'WEAKER',
      clauses: [
        { number: '2', force: 'VOLUNTARY', source: 'Digital Geneva Convention principle 1' },
      ],
    });
    expect(byKey(dgcColumn.norms, '4')).toMatchObject({ coverage: 'SILENT', clauses: [] });
    expect(ggeColumn).toMatchObject({
      framework: { shortName: 'UN GGE 2015' },
      stronger: 1,
      equivalent: 1,
      weaker: 0,
      silent: 9,
    });
    expect(dgcColumn).toMatchObject({ stronger: 0, equivalent: 0, weaker: 1, silent: 5 });
  });

  it('refuses the comparison to strangers, anonymous callers and bad arguments', async () => {
    expectError(await api.gql(COMPARE, { a: accordId, f: [gge.id] }, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(COMPARE, { a: accordId, f: [gge.id] }), 'UNAUTHENTICATED');
    expectError(
      await api.gql(COMPARE, { a: accordId, f: [] }, facilitator.token),
      'BAD_USER_INPUT',
    );
    expectError(
      await api.gql(COMPARE, { a: accordId, f: [gge.id, 'nope'] }, facilitator.token),
      'NOT_FOUND',
    );
  });

  it('a cited norm cannot be dropped from its framework by a new import', async () => {
    const withoutF = JSON.parse(fixture('un-gge-2015.json')) as { norms: { key: string }[] };
    withoutF.norms = withoutF.norms.filter((x) => x.key !== '13(f)');
    const refusal = expectError(
      await api.gql(IMPORT, { c: JSON.stringify(withoutF), f: 'JSON', id: gge.id }, operator.token),
      'CONFLICT',
    );
    expect(refusal.extensions).toMatchObject({ reason: 'NORM_CITED', keys: ['13(f)'] });
  });

  it('the JSON and Akoma Ntoso exports carry the citations and the frameworks cited', async () => {
    const EXPORT = `query($a: ID!, $f: ExportFormat!) { exportAccord(accordId: $a, format: $f) }`;
    const json = JSON.parse(
      expectData(await api.gql(EXPORT, { a: accordId, f: 'JSON' }, state.representative.token))
        .exportAccord as string,
    ) as {
      clauses: { id: string; versions: { normIds: string[]; citations: unknown[] }[] }[];
      frameworks: { shortName: string; norms: { key: string; force: string }[] }[];
      amendments: { normIds: string[] }[];
    };
    const voluntary = json.clauses.find((c) => c.id === voluntaryClause)!;
    expect(voluntary.versions.at(-1)!.citations).toEqual([
      { normId: dgcNorm('1'), source: 'Digital Geneva Convention principle 1' },
      { normId: ggeNorm('13(c)'), source: 'UN GGE 2015 norm 13(c)' },
    ]);
    expect(json.amendments[0]!.normIds).toEqual([ggeNorm('13(f)')]);
    expect(
      json.frameworks.map((f) => [f.shortName, f.norms.map((x) => `${x.key} ${x.force}`)]),
    ).toEqual([
      ['UN GGE 2015', ['13(c) VOLUNTARY', '13(f) VOLUNTARY']],
      ['DGC 2017', ['1 BINDING']],
    ]);
    const akn = expectData(
      await api.gql(EXPORT, { a: accordId, f: 'AKOMA_NTOSO' }, state.representative.token),
    ).exportAccord as string;
    expect(akn).toContain('refersTo="#fw_1">UN GGE 2015 13(f)</ref>');
    expect(akn).toContain('refersTo="#fw_2">Digital Geneva Convention principle 1</ref>');
    expect(akn).toMatch(/<TLCReference eId="fw_2" href="[^"]+" showAs="DGC 2017: /);
  });
});
