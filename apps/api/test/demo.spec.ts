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
        amendments { kind status comments { id } baseMoved asItWouldApply { ontoVersion }
          appliedDifference { op } votingRounds { outcome ballots { choice } } } } }`,
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
    // The clause moved under amendments: one shown as it would now apply, one adopted as merged,
    // one whose vote was suspended with its ballots kept.
    type Seen = {
      status: string;
      baseMoved: boolean;
      asItWouldApply: object | null;
      appliedDifference: object[] | null;
      votingRounds: { outcome: string | null; ballots: object[] }[];
    };
    const amendments = accord.amendments as Seen[];
    expect(amendments.some((a) => a.status === 'OPEN' && a.baseMoved && a.asItWouldApply)).toBe(
      true,
    );
    expect(amendments.some((a) => a.status === 'ADOPTED' && a.appliedDifference)).toBe(true);
    expect(
      amendments.some(
        (a) =>
          a.status === 'CONFLICT' &&
          a.votingRounds.length === 1 &&
          a.votingRounds[0].outcome === 'SUSPENDED' &&
          a.votingRounds[0].ballots.length === 3,
      ),
    ).toBe(true);
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
