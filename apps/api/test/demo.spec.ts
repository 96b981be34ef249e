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
        amendments { kind status comments { id } } } }`,
        {},
        token,
      ),
    );
    expect(accords).toHaveLength(2);
    const accord = accords.find((a: { rule: { kind: string } }) => a.rule.kind === 'CHAMBERED');
    expect(accord.rule.kind).toBe('CHAMBERED');
    expect(accord.clauses).toHaveLength(7);
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
    const verification = expectData(
      await api.gql(
        `query($a: ID!) { verifyHistory(accordId: $a) { ok checked } }`,
        { a: accord.id },
        token,
      ),
    );
    expect(verification.verifyHistory.ok).toBe(true);
  });

  it('has a second accord voted by secret ballot: one result published, one vote sealed', async () => {
    const token = expectData(
      await api.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: DELEGATES[5].email, p: DEMO_PASSWORD },
      ),
    ).login.token as string;
    const { accords } = expectData(
      await api.gql(
        `{ accords { title rule { secretBallot } smallChambers { group parties }
           amendments { status tally { sealed for cast eligible
             chambers { group for voted revealsVotes } } } } }`,
        {},
        token,
      ),
    );
    const secret = accords.find((a: { rule: { secretBallot: boolean } }) => a.rule.secretBallot);
    expect(secret.smallChambers).toEqual([
      { group: 'PRIVATE_SECTOR', parties: 2 },
      { group: 'CIVIL_SOCIETY', parties: 2 },
    ]);
    const [adopted, voting] = secret.amendments;
    expect(adopted).toMatchObject({ status: 'ADOPTED', tally: { sealed: false, for: 5 } });
    expect(voting).toMatchObject({
      status: 'VOTING',
      tally: { sealed: true, for: null, cast: 4, eligible: 7 },
    });
    expect(voting.tally.chambers.map((c: { revealsVotes: boolean }) => c.revealsVotes)).toEqual([
      false,
      true,
      true,
    ]);
  });
});
