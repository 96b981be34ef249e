import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, type TestParty, type TestUser } from './support/factories.js';
import { type Negotiation, oneStateNegotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MARK = `mutation($a: ID!, $n: String!) { markMilestone(accordId: $a, name: $n) { id name seq } }`;
const MILESTONES = `query($a: ID!) { accord(id: $a) { lastSeq milestones { id name seq markedAt
  markedBy { id displayName } } } }`;
const AT = `query($a: ID!, $s: Int!) { accordAt(accordId: $a, seq: $s) { seq clauses { text } } }`;

describe('milestones over GraphQL', () => {
  let api: TestApp;
  let accordId: string;
  let facilitator: TestUser;
  let party: TestParty;
  let outsider: TestUser;
  let n: Negotiation;

  beforeAll(async () => {
    api = await startTestApp();
    ({ accordId, facilitator, party, outsider, n } = await oneStateNegotiation(api));
    await n.adoptClause(party, 'States should refrain.');
  });

  afterAll(() => api?.close());

  it('names the text as it stands; every participant sees it, and the text then', async () => {
    const marked = expectData(
      await api.gql(MARK, { a: accordId, n: 'Draft after first reading' }, facilitator.token),
    ).markMilestone;
    await n.adoptClause(party, 'States should cooperate.');

    const { accord } = expectData(
      await api.gql(MILESTONES, { a: accordId }, party.representative.token),
    );
    expect(accord.milestones).toEqual([
      {
        id: marked.id,
        name: 'Draft after first reading',
        seq: marked.seq,
        markedAt: expect.any(String),
        markedBy: { id: facilitator.id, displayName: facilitator.displayName },
      },
    ]);
    expect(accord.lastSeq).toBeGreaterThan(marked.seq);
    // The text it names: one article then, two now.
    const then = expectData(
      await api.gql(AT, { a: accordId, s: marked.seq }, party.representative.token),
    );
    expect(then.accordAt.clauses.map((c: { text: string }) => c.text)).toEqual([
      'States should refrain.',
    ]);
  });

  it('is in the exports: listed in Markdown, recorded in JSON beside its event', async () => {
    const EXPORT = `query($a: ID!, $f: ExportFormat!) { exportAccord(accordId: $a, format: $f) }`;
    const token = party.representative.token;
    const md = expectData(await api.gql(EXPORT, { a: accordId, f: 'MARKDOWN' }, token))
      .exportAccord as string;
    expect(md).toMatch(
      /## Milestones\n\n- \*\*Draft after first reading\*\*: the text after event \d+/,
    );
    const json = JSON.parse(
      expectData(await api.gql(EXPORT, { a: accordId, f: 'JSON' }, token)).exportAccord as string,
    ) as { milestones: { name: string; seq: number }[]; events: { seq: number; type: string }[] };
    const [milestone] = json.milestones;
    expect(milestone?.name).toBe('Draft after first reading');
    expect(json.events.find((e) => e.seq === milestone?.seq)?.type).toBe('milestone.marked');
  });

  it('is the facilitator’s to mark; refused to parties, strangers and anonymous callers', async () => {
    const variables = { a: accordId, n: 'Unofficial' };
    expectError(await api.gql(MARK, variables, party.representative.token), 'FORBIDDEN');
    expectError(await api.gql(MARK, variables, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(MARK, variables), 'UNAUTHENTICATED');
    expectError(await api.gql(MILESTONES, { a: accordId }, outsider.token), 'NOT_FOUND');
  });

  it('refuses a blank, overlong or repeated name with a clear code', async () => {
    for (const name of ['', '   ', 'x'.repeat(121)])
      expectError(
        await api.gql(MARK, { a: accordId, n: name }, facilitator.token),
        'BAD_USER_INPUT',
      );
    expectData(await api.gql(MARK, { a: accordId, n: 'End of session 2' }, facilitator.token));
    const taken = expectError(
      await api.gql(MARK, { a: accordId, n: 'end of session 2' }, facilitator.token),
      'CONFLICT',
    );
    expect(taken.extensions?.reason).toBe('MILESTONE_NAME_TAKEN');
  });
});
