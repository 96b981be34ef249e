import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { computeEventHash, GENESIS_HASH, toIsoMillis } from '@plenary/ledger';
import { expectData, Given } from './support/factories.js';
import { elementAt } from './support/lists.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const EVENTS = `query($a: ID!, $after: Int, $first: Int) {
  accordEvents(accordId: $a, afterSeq: $after, first: $first) { accordId seq type at actorId payload prevHash hash } }`;
const VERIFY = `query($a: ID!) { verifyHistory(accordId: $a) { ok checked firstBrokenSeq headHash } }`;

interface EventRow {
  accordId: string;
  seq: number;
  type: string;
  at: string;
  actorId: string | null;
  payload: unknown;
  prevHash: string;
  hash: string;
}

describe('event log and its hash chain', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api.close());

  it('records accord.created and participant.added, chained as API.md defines', async () => {
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 1, CIVIL_SOCIETY: 1 },
    });
    const { accordEvents } = expectData(
      await api.gql<{ accordEvents: EventRow[] }>(EVENTS, { a: accordId }, facilitator.token),
    );
    expect(accordEvents.map((e) => [e.seq, e.type])).toEqual([
      [1, 'accord.created'],
      [2, 'participant.added'],
      [3, 'participant.added'],
    ]);
    expect(accordEvents[1]?.payload).toMatchObject({
      organizationId: parties[0].organizationId,
      role: 'PARTY',
      group: 'GOVERNMENT',
    });
    expect(accordEvents[0]?.actorId).toBe(facilitator.id);
    // Anyone can recompute the chain from what the API returns.
    let prevHash = GENESIS_HASH;
    for (const event of accordEvents) {
      expect(event.prevHash).toBe(prevHash);
      expect(event.hash).toBe(computeEventHash(prevHash, { ...event, at: toIsoMillis(event.at) }));
      prevHash = event.hash;
    }
    const page = expectData(
      await api.gql<{ accordEvents: EventRow[] }>(
        EVENTS,
        { a: accordId, after: 1, first: 1 },
        facilitator.token,
      ),
    );
    expect(page.accordEvents.map((e) => e.seq)).toEqual([2]);
  });

  it('keeps seqs 1..50 without forks or gaps under 49 concurrent changes to one accord', async () => {
    const facilitator = await given.user('Busy facilitator');
    const accordId = await given.accord(facilitator);
    const founders = await Promise.all(
      Array.from({ length: 49 }, (_, i) => given.user(`Founder ${i}`)),
    );
    const organizations = await Promise.all(
      founders.map((f, i) => given.organization(f, 'GOVERNMENT', `State ${i}`)),
    );
    const results = await Promise.all(
      organizations.map((o) =>
        api.gql(
          `mutation($a: ID!, $o: ID!) { addParticipant(accordId: $a, organizationId: $o, role: PARTY) { role } }`,
          { a: accordId, o: o.id },
          facilitator.token,
        ),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const { accordEvents } = expectData(
      await api.gql<{ accordEvents: EventRow[] }>(
        EVENTS,
        { a: accordId, first: 1000 },
        facilitator.token,
      ),
    );
    expect(accordEvents.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const verification = expectData(
      await api.gql(VERIFY, { a: accordId }, facilitator.token),
    ).verifyHistory;
    expect(verification).toEqual({
      ok: true,
      checked: 50,
      firstBrokenSeq: null,
      headHash: elementAt(accordEvents, 49).hash,
    });
    const accord = expectData(
      await api.gql(
        `query($a: ID!) { accord(id: $a) { lastSeq } }`,
        { a: accordId },
        facilitator.token,
      ),
    );
    expect(accord.accord.lastSeq).toBe(50);
  });

  it('refuses UPDATE and DELETE on the log from the application', async () => {
    const facilitator = await given.user('F');
    const accordId = await given.accord(facilitator);
    const { DataSource } = await import('typeorm');
    const db = api.app.get(DataSource);
    await expect(
      db.query(`UPDATE accord_event SET type = 'x' WHERE accord_id = $1`, [accordId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.query(`DELETE FROM accord_event WHERE accord_id = $1`, [accordId]),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses bad paging arguments', async () => {
    const facilitator = await given.user('F');
    const accordId = await given.accord(facilitator);
    const res = await api.gql(EVENTS, { a: accordId, first: 5000 }, facilitator.token);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
