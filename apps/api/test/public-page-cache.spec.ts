import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, Given, type TestParty, type TestUser } from './support/factories.js';
import { Incidents } from './support/incidents.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { statementsDuring } from './support/statement-count.js';
import {
  BACKGROUND_JOBS_ASLEEP,
  startTestApp,
  startTestAppOn,
  type TestApp,
} from './support/test-app.js';

const PUBLISH = `mutation($a: ID!) { publishAccord(accordId: $a) { id publicPage { jsonPath } } }`;
const UNPUBLISH = `mutation($a: ID!) { unpublishAccord(accordId: $a) { id } }`;
const REPORT = `mutation($input: ImplementationReportInput!) { fileImplementationReport(input: $input) { id } }`;

/**
 * The public page keeps the document it read per accord and log head: a read at the same head
 * costs the head check alone, on each instance, and whatever moves the head (a report, the page
 * withdrawn, another version published) is seen by the next read.
 */
describe('the public page, kept per log head', () => {
  let api: TestApp;
  let other: TestApp;
  let facilitator: TestUser;
  let state: TestParty;
  let accordId: string;
  let clauseId: string;
  let jsonPath: string;

  beforeAll(async () => {
    api = await startTestApp(BACKGROUND_JOBS_ASLEEP);
    other = await startTestAppOn(api.databaseUrl, BACKGROUND_JOBS_ASLEEP);
    const given = new Given(api);
    const made = await given.accordWithParties({ parties: { GOVERNMENT: 1, CIVIL_SOCIETY: 1 } });
    ({ accordId, facilitator } = made);
    state = elementAt(made.parties, 0);
    clauseId = await new Negotiation(api, accordId, facilitator).adoptClause(
      state,
      'States should not damage critical infrastructure.',
    );
    // An incident assessed, so that the page reads its matrix.
    const incidents = new Incidents(api, accordId);
    await incidents.assess(state, {
      incidentId: await incidents.record(state, {
        name: 'WannaCry',
        startedOn: '2017-05-12',
        description: 'Ransomware.',
      }),
      clauseId,
      verdict: 'BREACHED',
      reasoning: 'Hospitals were hit.',
    });
    expectData(
      await api.gql(
        `mutation($a: ID!) { declareFinal(accordId: $a) { id } }`,
        { a: accordId },
        facilitator.token,
      ),
    );
    expectData(
      await api.gql(
        `mutation($input: SignAccordInput!) { signAccord(input: $input) { id } }`,
        { input: { accordId, organizationId: state.organizationId } },
        state.representative.token,
      ),
    );
    jsonPath = expectData(await api.gql(PUBLISH, { a: accordId }, facilitator.token)).publishAccord
      .publicPage.jsonPath;
  });

  afterAll(async () => {
    await other?.close();
    await api?.close();
  });

  const read = async (on: TestApp = api) => {
    const response = await fetch(`${on.url}${jsonPath}`);
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      body: await response.text(),
    };
  };
  const counted = async (on: TestApp = api) => {
    let answer!: Awaited<ReturnType<typeof read>>;
    const statements = await statementsDuring(on, async () => {
      answer = await read(on);
    });
    return { ...answer, statements };
  };

  it('reads the tables once per head; a read at the same head is one statement, the head check', async () => {
    const first = await counted();
    expect(first.status).toBe(200);
    // The head check, then the text, signatures, reports, versions and the matrix's statements.
    expect(first.statements).toBeGreaterThan(4);
    const again = await counted();
    expect(again).toEqual({ ...first, statements: 1 });
    expect(JSON.parse(again.body).incidentMatrix.cells).toHaveLength(1);

    // A report moves the head: the next read sees it, then is kept again.
    expectData(
      await api.gql(
        REPORT,
        {
          input: {
            accordId,
            organizationId: state.organizationId,
            clauseId,
            status: 'DONE',
            text: 'Our law protects it.',
          },
        },
        state.representative.token,
      ),
    );
    const moved = await counted();
    expect(moved.statements).toBe(first.statements);
    expect(moved.etag).not.toBe(first.etag);
    expect(JSON.parse(moved.body).adherence).toEqual([
      expect.objectContaining({ clauseId, status: 'DONE', text: 'Our law protects it.' }),
    ]);
    expect((await counted()).statements).toBe(1);
  });

  it('readers missing the same head together share one reading', async () => {
    expectData(await api.gql(UNPUBLISH, { a: accordId }, facilitator.token));
    expectData(await api.gql(PUBLISH, { a: accordId }, facilitator.token));
    const single = (await counted()).statements; // the head check and one reading
    expectData(await api.gql(UNPUBLISH, { a: accordId }, facilitator.token));
    expectData(await api.gql(PUBLISH, { a: accordId }, facilitator.token));
    let answers: Awaited<ReturnType<typeof read>>[] = [];
    const statements = await statementsDuring(api, async () => {
      answers = await Promise.all([read(), read(), read(), read()]);
    });
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(statements).toBe(single + 3);
  });

  it('a withdrawn page is refused at once, on every instance, though its document was kept', async () => {
    const kept = await read(other);
    expect(kept.status).toBe(200);
    expect((await counted(other)).statements).toBe(1);
    expectData(await api.gql(UNPUBLISH, { a: accordId }, facilitator.token));
    for (const on of [other, api]) {
      const gone = await read(on);
      expect(gone.status).toBe(404);
      expect(JSON.parse(gone.body).error.code).toBe('NOT_FOUND');
    }
    // Published again: served again, read afresh at the new head.
    expectData(await api.gql(PUBLISH, { a: accordId }, facilitator.token));
    const back = await counted(other);
    expect(back.status).toBe(200);
    expect(back.statements).toBeGreaterThan(1);
    expect(back.etag).not.toBe(kept.etag);
  });

  it('a newly published next version is linked at once, though this accord’s log did not move', async () => {
    const next = expectData(
      await api.gql(
        `mutation($a: ID!) { startNewVersion(accordId: $a, title: "Tech Accord 2") { id } }`,
        { a: accordId },
        facilitator.token,
      ),
    ).startNewVersion.id as string;
    const before = await read();
    expect(JSON.parse(before.body).nextVersion).toBeNull();
    expect((await counted()).statements).toBe(1);
    expectData(
      await api.gql(
        `mutation($a: ID!) { declareFinal(accordId: $a) { id } }`,
        { a: next },
        facilitator.token,
      ),
    );
    expectData(await api.gql(PUBLISH, { a: next }, facilitator.token));
    const after = await read();
    expect(JSON.parse(after.body).nextVersion).toEqual({
      title: 'Tech Accord 2',
      path: expect.stringMatching(/^\/public\/accords\/tech-accord-2/),
    });
    expect(after.etag).not.toBe(before.etag);
    expect(after.etag).toMatch(/^"\d+-[0-9a-f]{32}"$/);
  });
});
