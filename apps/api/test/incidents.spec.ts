import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  expectData,
  expectError,
  Given,
  type TestParty,
  type TestUser,
} from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const RECORD = `mutation($i: RecordIncidentInput!) { recordIncident(input: $i) { id name startedOn revision } }`;
const REVISE = `mutation($i: ReviseIncidentInput!) { reviseIncident(input: $i) { id revision endedOn } }`;
const ASSESS = `mutation($i: AssessIncidentInput!) { assessIncident(input: $i) { id verdict revision } }`;
const INCIDENT = `query($id: ID!) { incident(id: $id) { name actors { name attribution } responses { kind by on }
  viewerCanRevise assessments { verdict reasoning revision clause { number }
  norm { key framework { shortName } } organization { group }
  history { revision verdict } } } }`;
const MATRIX = `query($a: ID!) { incidentMatrix(accordId: $a) { incidents { name } clauses { number }
  cells { breached notBreached unclear total breachShare groupsDisagree byGroup { group leaning } } } }`;
const EXPORT = `query($a: ID!, $f: ExportFormat!) { exportAccord(accordId: $a, format: $f) }`;

const facts = (over: Record<string, unknown> = {}) => ({
  name: 'WannaCry',
  startedOn: '2017-05-12',
  endedOn: null,
  description: 'Ransomware with a self-spreading worm.',
  sources: ['https://nao.org.uk/press-releases/investigation-wannacry-cyber-attack-and-the-nhs'],
  actors: [{ name: 'Lazarus Group', attribution: 'ATTRIBUTED_OFFICIALLY', note: null }],
  responses: [
    { kind: 'ATTRIBUTION', by: 'United Kingdom', on: '2017-12', description: 'Named North Korea.' },
  ],
  ...over,
});

describe('incidents over GraphQL', () => {
  let api: TestApp;
  let accordId: string;
  let facilitator: TestUser;
  let state: TestParty;
  let company: TestParty;
  let ngo: TestParty;
  let outsider: TestUser;
  let clauseId: string;
  let incidentId: string;

  beforeAll(async () => {
    api = await startTestApp();
    const given = new Given(api);
    const setup = await given.accordWithParties({
      parties: { GOVERNMENT: 1, PRIVATE_SECTOR: 1, CIVIL_SOCIETY: 1 },
    });
    ({ accordId, facilitator } = setup);
    [state, company, ngo] = setup.parties;
    outsider = await given.user('Outsider');
    clauseId = await new Negotiation(api, accordId, facilitator).adoptClause(
      state,
      'States should not damage critical infrastructure.',
      [state, company, ngo],
    );
    incidentId = expectData(
      await api.gql(
        RECORD,
        { i: { accordId, onBehalfOf: state.organizationId, facts: facts() } },
        state.representative.token,
      ),
    ).recordIncident.id;
  });

  afterAll(() => api?.close());

  const assess = (
    by: TestParty,
    verdict: string,
    reasoning = 'Because.',
    token = by.representative.token,
  ) =>
    api.gql(
      ASSESS,
      { i: { incidentId, onBehalfOf: by.organizationId, clauseId, verdict, reasoning } },
      token,
    );

  it('three groups assess; the incident shows them with their groups, and the matrix counts them', async () => {
    expectData(await assess(state, 'NOT_BREACHED', 'Not intended.'));
    expectData(await assess(company, 'BREACHED', 'Hospitals were hit.'));
    expectData(await assess(ngo, 'UNCLEAR', 'Waiting for evidence.'));
    expect(
      expectData(await assess(ngo, 'BREACHED', 'Hospitals were hit.')).assessIncident,
    ).toMatchObject({
      verdict: 'BREACHED',
      revision: 2,
    });
    const { incident } = expectData(
      await api.gql(INCIDENT, { id: incidentId }, company.representative.token),
    );
    expect(incident.viewerCanRevise).toBe(false);
    expect(incident.responses).toEqual([
      { kind: 'ATTRIBUTION', by: 'United Kingdom', on: '2017-12' },
    ]);
    const ngoAssessment = incident.assessments.find(
      (a: { organization: { group: string } }) => a.organization.group === 'CIVIL_SOCIETY',
    );
    expect(ngoAssessment.history).toEqual([
      { revision: 1, verdict: 'UNCLEAR' },
      { revision: 2, verdict: 'BREACHED' },
    ]);
    const { incidentMatrix } = expectData(
      await api.gql(MATRIX, { a: accordId }, ngo.representative.token),
    );
    expect(incidentMatrix.incidents).toEqual([{ name: 'WannaCry' }]);
    expect(incidentMatrix.cells).toHaveLength(1);
    expect(incidentMatrix.cells[0]).toMatchObject({
      breached: 2,
      notBreached: 1,
      total: 3,
      groupsDisagree: true,
      byGroup: [
        { group: 'GOVERNMENT', leaning: 'NOT_BREACHED' },
        { group: 'PRIVATE_SECTOR', leaning: 'BREACHED' },
        { group: 'CIVIL_SOCIETY', leaning: 'BREACHED' },
      ],
    });
    expect(incidentMatrix.cells[0].breachShare).toBeCloseTo(2 / 3);
  });

  it('is hidden from outsiders and closed to anonymous callers; one speaks only for an organization one represents', async () => {
    expectError(await api.gql(INCIDENT, { id: incidentId }, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(MATRIX, { a: accordId }, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(INCIDENT, { id: incidentId }), 'UNAUTHENTICATED');
    expectError(await assess(state, 'BREACHED', 'x', outsider.token), 'NOT_FOUND');
    const forOther = expectError(
      await assess(state, 'BREACHED', 'x', company.representative.token),
      'FORBIDDEN',
    );
    expect(forOther.extensions?.reason).toBe('NOT_A_REPRESENTATIVE');
    expectError(
      await api.gql(
        RECORD,
        { i: { accordId, onBehalfOf: state.organizationId, facts: facts({ name: 'Other' }) } },
        outsider.token,
      ),
      'NOT_FOUND',
    );
    const revise = expectError(
      await api.gql(
        REVISE,
        { i: { incidentId, revision: 1, facts: facts() } },
        company.representative.token,
      ),
      'FORBIDDEN',
    );
    expect(revise.extensions?.reason).toBe('NOT_THE_RECORDER');
  });

  it('refuses bad input with a clear code, never a server error', async () => {
    for (const bad of [
      facts({ name: 'A', startedOn: '2017-02-30' }),
      facts({ name: 'B', startedOn: '2017', endedOn: '2016' }),
      facts({ name: 'C', description: '   ' }),
      facts({ name: 'D', actors: [{ name: 'X', attribution: 'SURE', note: null }] }),
    ])
      expectError(
        await api.gql(
          RECORD,
          { i: { accordId, onBehalfOf: state.organizationId, facts: bad } },
          state.representative.token,
        ),
        'BAD_USER_INPUT',
      );
    expectError(await assess(state, 'MAYBE'), 'BAD_USER_INPUT');
    expectError(await assess(state, 'BREACHED', '  '), 'BAD_USER_INPUT');
    const taken = expectError(
      await api.gql(
        RECORD,
        { i: { accordId, onBehalfOf: company.organizationId, facts: facts({ name: 'wannacry' }) } },
        company.representative.token,
      ),
      'CONFLICT',
    );
    expect(taken.extensions?.reason).toBe('INCIDENT_NAME_TAKEN');
  });

  it('a revision on a stale revision is refused; the recorder revises', async () => {
    expect(
      expectData(
        await api.gql(
          REVISE,
          { i: { incidentId, revision: 1, facts: facts({ endedOn: '2017-05' }) } },
          state.representative.token,
        ),
      ).reviseIncident,
    ).toMatchObject({ revision: 2, endedOn: '2017-05' });
    const stale = expectError(
      await api.gql(REVISE, { i: { incidentId, revision: 1, facts: facts() } }, facilitator.token),
      'CONFLICT',
    );
    expect(stale.extensions?.reason).toBe('INCIDENT_REVISED_SINCE');
  });

  it('two representatives of one organization assessing at once leave one current assessment', async () => {
    const given = new Given(api);
    const colleague = await given.user('Colleague');
    await given.member(company.representative, company.organizationId, colleague, 'REPRESENTATIVE');
    const results = await Promise.all([
      assess(company, 'UNCLEAR', 'First view.'),
      assess(company, 'NOT_BREACHED', 'Second view.', colleague.token),
    ]);
    const revisions = results.map((r) => expectData(r).assessIncident.revision as number).sort();
    const { incident } = expectData(
      await api.gql(INCIDENT, { id: incidentId }, company.representative.token),
    );
    const ofCompany = incident.assessments.filter(
      (a: { organization: { group: string } }) => a.organization.group === 'PRIVATE_SECTOR',
    );
    expect(ofCompany).toHaveLength(1);
    expect(revisions).toEqual([ofCompany[0].revision - 1, ofCompany[0].revision]);
  });

  it('is in the log and the exports: JSON with the incidents and events, Akoma Ntoso as proprietary metadata', async () => {
    const token = state.representative.token;
    const json = JSON.parse(
      expectData(await api.gql(EXPORT, { a: accordId, f: 'JSON' }, token)).exportAccord as string,
    ) as {
      incidents: { name: string; assessments: { verdict: string; clauseId: string }[] }[];
      events: { type: string }[];
    };
    expect(json.incidents.map((i) => i.name)).toEqual(['WannaCry']);
    expect(json.incidents[0]!.assessments.length).toBe(3);
    expect(json.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['incident.recorded', 'incident.revised', 'incident.assessed']),
    );
    const xml = expectData(await api.gql(EXPORT, { a: accordId, f: 'AKOMA_NTOSO' }, token))
      .exportAccord as string;
    expect(xml).toMatch(
      /<proprietary source="#plenary">\s*<incident xmlns="urn:plenary:incidents:1"[^>]* name="WannaCry"/,
    );
    expect(xml).toMatch(/<assessment article="#art_1" by="#org_\d" verdict="BREACHED"/);
    // The Markdown export reads them: the facts, then each organization's current assessment.
    const md = expectData(await api.gql(EXPORT, { a: accordId, f: 'MARKDOWN' }, token))
      .exportAccord as string;
    const incidents = md.slice(md.indexOf('## Incidents'), md.indexOf('## Appendix'));
    const named = (party: TestParty) => party.name.replace(/_/g, '\\_');
    expect(incidents).toMatch(/^## Incidents\n\n### WannaCry \(/);
    expect(incidents).toContain(`Recorded by ${named(state)} on `);
    expect(incidents).toContain('- Actor: Lazarus Group (attributed officially)');
    expect(incidents).toContain('- Attribution by United Kingdom (2017-12): Named North Korea.');
    const ofNgo = incidents.split('\n').find((line) => line.startsWith(`- ${named(ngo)}: `));
    expect(ofNgo).toMatch(/: breached, article 1 \(\S+, revision 2\) — Hospitals were hit\.$/);
    expect(incidents).toContain(`\n- ${named(state)}: not breached, article 1 (`);
    const verified = expectData(
      await api.gql(
        `query($a: ID!) { verifyHistory(accordId: $a) { ok } }`,
        { a: accordId },
        token,
      ),
    );
    expect(verified.verifyHistory.ok).toBe(true);
  });

  it('assesses against a norm of a framework: exactly one target, unknown norms refused, an assessed norm kept by a re-import', async () => {
    const operator = await new Given(api).operator();
    const shortName = `GGE ${Math.random().toString(36).slice(2, 8)}`;
    const file = (keys: string[]) =>
      JSON.stringify({
        shortName,
        title: `${shortName} norms`,
        year: 2015,
        norms: keys.map((key) => ({ key, text: `Norm ${key}.`, force: 'VOLUNTARY' })),
      });
    const IMPORT = `mutation($c: String!, $id: ID) { importFramework(content: $c, format: JSON, frameworkId: $id) {
      id norms { id key } } }`;
    const framework = expectData(
      await api.gql(IMPORT, { c: file(['13(f)', '13(g)']) }, operator.token),
    ).importFramework as { id: string; norms: { id: string; key: string }[] };
    const normId = framework.norms[0]!.id;
    const onNorm = (target: Record<string, unknown>, by = ngo) =>
      api.gql(
        ASSESS,
        {
          i: {
            incidentId,
            onBehalfOf: by.organizationId,
            verdict: 'BREACHED',
            reasoning: 'Hospitals were hit.',
            ...target,
          },
        },
        by.representative.token,
      );
    expect(expectData(await onNorm({ normId })).assessIncident).toMatchObject({ revision: 1 });
    expect(expectData(await onNorm({ normId }, state)).assessIncident).toMatchObject({
      revision: 1,
    });
    const { incident } = expectData(
      await api.gql(INCIDENT, { id: incidentId }, ngo.representative.token),
    );
    const againstNorm = incident.assessments.filter((a: { norm: unknown }) => a.norm !== null);
    expect(againstNorm).toHaveLength(2);
    expect(againstNorm[0]).toMatchObject({
      clause: null,
      norm: { key: '13(f)', framework: { shortName } },
    });

    expectError(await onNorm({ normId, clauseId }), 'BAD_USER_INPUT');
    expectError(await onNorm({}), 'BAD_USER_INPUT');
    const unknown = expectError(
      await onNorm({ normId: '00000000-0000-4000-8000-000000000000' }),
      'NOT_FOUND',
    );
    expect(unknown.extensions?.reason).toBe('NORM_NOT_FOUND');

    const cited = expectError(
      await api.gql(IMPORT, { c: file(['13(g)']), id: framework.id }, operator.token),
      'CONFLICT',
    );
    expect(cited.extensions?.reason).toBe('NORM_CITED');

    const token = state.representative.token;
    const json = JSON.parse(
      expectData(await api.gql(EXPORT, { a: accordId, f: 'JSON' }, token)).exportAccord as string,
    ) as { incidents: { assessments: { normId: string | null; norm: unknown }[] }[] };
    expect(json.incidents[0]!.assessments.filter((a) => a.normId === normId)).toHaveLength(2);
    expect(json.incidents[0]!.assessments.find((a) => a.normId === normId)?.norm).toEqual({
      framework: shortName,
      key: '13(f)',
    });
    const xml = expectData(await api.gql(EXPORT, { a: accordId, f: 'AKOMA_NTOSO' }, token))
      .exportAccord as string;
    expect(xml).toContain(`<assessment framework="${shortName}" norm="13(f)" by="#org_`);
  });
});
