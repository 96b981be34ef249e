import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DELEGATES, DEMO_PASSWORD } from '../src/demo/demo-content.js';
import { DemoSeeder } from '../src/demo/demo-seed.js';
import { expectData } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the demo accord loaded on first start', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    await new DemoSeeder(`${api.url}/graphql`).run();
  });
  afterAll(() => api.close());

  it('gives every delegate a working sign-in and a negotiation in progress', async () => {
    const login = expectData(
      await api.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: DELEGATES[0].email, p: DEMO_PASSWORD },
      ),
    );
    const token = login.login.token as string;
    const { accords } = expectData(
      await api.gql(
        `{ accords { id title rule { kind } participants { role } clauses { number current { version force } }
        amendments { kind status newArticle { number after } comments { id references { written number } } } } }`,
        {},
        token,
      ),
    );
    expect(accords).toHaveLength(1);
    const accord = accords[0];
    expect(accord.rule.kind).toBe('CHAMBERED');
    // A clause adopted after article 4 reads "4 bis"; the articles after it kept their numbers.
    expect(accord.clauses.map((c: { number: string }) => c.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '4 bis',
      '5',
      '6',
      '7',
    ]);
    expect(
      accord.clauses.some(
        (c: { current: { version: number; force: string } }) =>
          c.current.version > 1 && c.current.force === 'BINDING',
      ),
    ).toBe(true);
    const statuses = accord.amendments.map((a: { status: string }) => a.status);
    expect(statuses).toEqual(expect.arrayContaining(['ADOPTED', 'REJECTED', 'VOTING', 'OPEN']));
    const voting = accord.amendments.find((a: { status: string }) => a.status === 'VOTING');
    expect(voting.comments.length).toBeGreaterThan(0);
    const cited = voting.comments.flatMap((c: { references: { written: string }[] }) =>
      c.references.map((r) => r.written),
    );
    expect(cited).toEqual(['6', '4 bis']);
    const proposed = accord.amendments.find(
      (a: { kind: string; status: string }) => a.kind === 'ADD_CLAUSE' && a.status === 'OPEN',
    );
    expect(proposed.newArticle).toEqual({ number: '8', after: '7' });
    const verification = expectData(
      await api.gql(
        `query($a: ID!) { verifyHistory(accordId: $a) { ok checked } }`,
        { a: accord.id },
        token,
      ),
    );
    expect(verification.verifyHistory.ok).toBe(true);
  });
});
