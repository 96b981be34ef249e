import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccordReadCache } from '../src/read-cache/read-cache.module.js';
import { expectData, Given } from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const VIEWER = `query($id: ID!) { amendment(id: $id) { id status viewerCanVote } }`;
/** Far enough ahead that opening the vote and two reads finish before it, even on a busy machine. */
const DEADLINE_MS = 10_000;

describe('a cached answer past a vote’s deadline', () => {
  let api: TestApp;

  beforeAll(async () => {
    // The deadline timer does not run during this spec: the log stays as it is past the
    // deadline, as it does for up to a poll interval in production.
    api = await startTestApp({ PLENARY_DEADLINE_POLL_MS: String(3_600_000) });
  });

  afterAll(() => api?.close());

  it('is not served once the deadline passed, though the vote is not closed yet', async () => {
    const cache = api.app.get(AccordReadCache).cache;
    const given = new Given(api);
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [party] = parties;
    const n = new Negotiation(api, accordId, facilitator);
    const clauseId = await n.adoptClause(party, 'States should refrain.');
    const { id } = await n.propose(party, {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: 'States shall refrain.',
    });
    const closesAt = Date.now() + DEADLINE_MS;
    await n.open(id, new Date(closesAt).toISOString());
    const read = async () => {
      const hits = cache.hits;
      const data = expectData(await api.gql(VIEWER, { id }, party.representative.token));
      return { canVote: data.amendment.viewerCanVote as boolean, hit: cache.hits > hits };
    };

    expect(await read()).toEqual({ canVote: true, hit: false });
    expect(await read()).toEqual({ canVote: true, hit: true });
    while (Date.now() <= closesAt) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await read()).toEqual({ canVote: false, hit: false });
  }, 60_000);
});
