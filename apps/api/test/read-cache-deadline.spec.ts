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

describe('a cached answer past the proposal window’s close', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(() => api?.close());

  it('says the party may no longer propose once the window closed, with no event between', async () => {
    const cache = api.app.get(AccordReadCache).cache;
    const { accordId, facilitator, parties } = await new Given(api).accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [party] = parties;
    const closesAt = Date.now() + DEADLINE_MS;
    expectData(
      await api.gql(
        `mutation($a: ID!, $c: DateTime) { setProposalWindow(accordId: $a, closesAt: $c) { id } }`,
        { a: accordId, c: new Date(closesAt).toISOString() },
        facilitator.token,
      ),
    );
    const read = async () => {
      const hits = cache.hits;
      const data = expectData(
        await api.gql(
          `query($id: ID!) { accord(id: $id) { id viewerCanAmend } }`,
          { id: accordId },
          party?.representative.token,
        ),
      );
      return { canAmend: data.accord.viewerCanAmend as boolean, hit: cache.hits > hits };
    };

    expect(await read()).toEqual({ canAmend: true, hit: false });
    expect(await read()).toEqual({ canAmend: true, hit: true });
    while (Date.now() <= closesAt) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await read()).toEqual({ canAmend: false, hit: false });
  }, 60_000);
});
