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
        amendments { id kind status comments { id } } } }`,
        {},
        token,
      ),
    );
    expect(accords).toHaveLength(1);
    const accord = accords[0];
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
        `query($a: ID!) { verifyHistory(accordId: $a) { ok checked checkpointsVerified } }`,
        { a: accord.id },
        token,
      ),
    );
    expect(verification.verifyHistory.ok).toBe(true);
    expect(verification.verifyHistory.checkpointsVerified).toBeGreaterThanOrEqual(3);

    // The first delegate voted on the vote in progress: his receipt is there, and checks.
    const { myBallotReceipts } = expectData(
      await api.gql(
        `query($m: ID!) { myBallotReceipts(amendmentId: $m) { accordId seq hash } }`,
        { m: voting.id },
        token,
      ),
    );
    expect(myBallotReceipts).toHaveLength(1);
    const [receipt] = myBallotReceipts;
    const { checkReceipt } = expectData(
      await api.gql(
        `query($a: ID!, $s: Int!, $h: String!) { checkReceipt(accordId: $a, seq: $s, hash: $h) { inChain chainOk } }`,
        { a: receipt.accordId, s: receipt.seq, h: receipt.hash },
        token,
      ),
    );
    expect(checkReceipt).toEqual({ inChain: true, chainOk: true });
  });
});
