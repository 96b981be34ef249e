import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { AccordReadCache } from '../src/read-cache/read-cache.module.js';
import { Discussion } from './support/discussion.js';
import {
  expectData,
  expectError,
  Given,
  type PartyList,
  type TestUser,
} from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PAGE = `query Page($id: ID!) { accord(id: $id) { id lastSeq
  clauses { id number current { version text } commentCount comments { id body author { displayName } } }
  amendments { id status clause { id } } } }`;
const AMENDMENT_PAGE = `query($id: ID!) { amendment(id: $id) { id status commentCount comments { id body } } }`;
const CLAUSE_PAGE = `query($id: ID!) { clause(id: $id) { id commentCount comments { id body } } }`;

describe('accord read cache', () => {
  let api: TestApp;
  let given: Given;
  let cache: AccordReadCache['cache'];
  let accordId: string;
  let facilitator: TestUser;
  let parties: PartyList<{ GOVERNMENT: 2 }>;
  let outsider: TestUser;
  let clauseId: string;
  let amendmentId: string;
  let talk: Discussion;

  const read = async (query: string, id: string, token: string) => {
    const before = { hits: cache.hits, misses: cache.misses };
    const response = await api.gql(query, { id }, token);
    return { response, hit: cache.hits > before.hits };
  };

  beforeAll(async () => {
    api = await startTestApp();
    cache = api.app.get(AccordReadCache).cache;
    given = new Given(api);
    ({ accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 2 },
    }));
    outsider = await given.user('Outsider');
    const n = new Negotiation(api, accordId, facilitator);
    await n.decide(
      parties[0],
      {
        kind: 'ADD_CLAUSE',
        heading: 'Restraint',
        text: 'States should refrain.',
        force: 'VOLUNTARY',
      },
      parties.map((p) => [p, 'FOR']),
    );
    clauseId = (await n.text()).clauses[0].id;
    amendmentId = (
      await n.propose(parties[1], {
        kind: 'MODIFY_CLAUSE',
        clauseId,
        baseVersion: 1,
        text: 'States shall refrain.',
      })
    ).id;
    talk = new Discussion(api, accordId);
  });

  afterAll(() => api?.close());

  beforeEach(async () => {
    // A change to the accord first, so every test starts from answers not yet cached.
    await talk.post(parties[0].representative, { clauseId, body: 'A new day.' });
  });

  it('answers a repeated read from the cache with the same answer, for every reader who may see it', async () => {
    const first = await read(PAGE, accordId, parties[0].representative.token);
    expect(first.hit).toBe(false);
    const again = await read(PAGE, accordId, parties[0].representative.token);
    expect(again.hit).toBe(true);
    expect(again.response).toEqual(first.response);
    // The answer does not depend on who asks, only on whether he may see the accord.
    const other = await read(PAGE, accordId, parties[1].representative.token);
    expect(other.hit).toBe(true);
    expect(other.response).toEqual(first.response);
    const chair = await read(PAGE, accordId, facilitator.token);
    expect(chair.hit).toBe(true);
  });

  it('shows every change to the accord in the next read', async () => {
    await read(PAGE, accordId, parties[0].representative.token);
    const comment = await talk.post(parties[1].representative, { clauseId, body: 'Seen at once?' });
    const after = await read(PAGE, accordId, parties[0].representative.token);
    expect(after.hit).toBe(false);
    const clause = expectData(after.response).accord.clauses[0];
    expect(clause.comments.map((c: { id: string }) => c.id)).toContain(comment.id);

    await read(AMENDMENT_PAGE, amendmentId, parties[0].representative.token);
    await talk.post(parties[0].representative, { amendmentId, body: 'On the amendment.' });
    const amendment = await read(AMENDMENT_PAGE, amendmentId, parties[0].representative.token);
    expect(amendment.hit).toBe(false);
    expect(
      expectData(amendment.response).amendment.comments.map((c: { body: string }) => c.body),
    ).toContain('On the amendment.');

    const clauseRead = await read(CLAUSE_PAGE, clauseId, parties[0].representative.token);
    expect((await read(CLAUSE_PAGE, clauseId, parties[1].representative.token)).hit).toBe(true);
    await talk.edit(parties[1].representative, comment.id, 'Edited.');
    const edited = await read(CLAUSE_PAGE, clauseId, parties[0].representative.token);
    expect(edited.hit).toBe(false);
    expect(edited.response).not.toEqual(clauseRead.response);
  });

  it('refuses a cached answer to whoever may not see the accord, exactly as without it', async () => {
    await read(PAGE, accordId, parties[0].representative.token);
    expect((await read(PAGE, accordId, parties[0].representative.token)).hit).toBe(true);

    const stranger = await read(PAGE, accordId, outsider.token);
    expect(stranger.hit).toBe(false);
    expectError(stranger.response, 'NOT_FOUND');
    expectError((await read(AMENDMENT_PAGE, amendmentId, outsider.token)).response, 'NOT_FOUND');
    expectError((await read(CLAUSE_PAGE, clauseId, outsider.token)).response, 'NOT_FOUND');
    expectError(await api.gql(PAGE, { id: accordId }), 'UNAUTHENTICATED');
    expectError(await api.gql(PAGE, { id: accordId }, 'not-a-token'), 'UNAUTHENTICATED');
    const forged = parties[0].representative.token.slice(0, -4) + 'AAAA';
    expectError(await api.gql(PAGE, { id: accordId }, forged), 'UNAUTHENTICATED');
  });

  it('lets a new member of a party read at once, and an old one no more (joining and leaving are logged)', async () => {
    const colleague = await given.user('Colleague');
    await read(PAGE, accordId, parties[0].representative.token);
    expectError((await read(PAGE, accordId, colleague.token)).response, 'NOT_FOUND');
    await given.member(parties[0].representative, parties[0].organizationId, colleague);
    const now = await read(PAGE, accordId, colleague.token);
    expect(expectData(now.response).accord.id).toBe(accordId);
    expect((await read(PAGE, accordId, colleague.token)).hit).toBe(true);
    expectData(
      await api.gql(
        `mutation($o: ID!, $u: ID!) { endMembership(organizationId: $o, userId: $u) { role } }`,
        { o: parties[0].organizationId, u: colleague.id },
        colleague.token,
      ),
    );
    expectError((await read(PAGE, accordId, colleague.token)).response, 'NOT_FOUND');
  });

  it('never caches what may change outside the accord log, other root fields, or errors', async () => {
    const memberships = `query($id: ID!) { accord(id: $id) { clauses { comments { author { memberships { role } } } } } }`;
    await read(memberships, accordId, parties[0].representative.token);
    expect((await read(memberships, accordId, parties[0].representative.token)).hit).toBe(false);

    const mixed = `query($id: ID!) { me { id } accord(id: $id) { id } }`;
    await read(mixed, accordId, parties[0].representative.token);
    expect((await read(mixed, accordId, parties[0].representative.token)).hit).toBe(false);

    const size = cache.size;
    const missing = '00000000-0000-4000-8000-000000000000';
    expectError((await read(PAGE, missing, parties[0].representative.token)).response, 'NOT_FOUND');
    expectError(
      (await read(PAGE, 'not-a-uuid', parties[0].representative.token)).response,
      'NOT_FOUND',
    );
    expect(cache.size).toBe(size);
  });

  it('never serves an answer older than a write that has returned, under concurrent reads', async () => {
    const reader = parties[1].representative.token;
    for (let round = 0; round < 8; round++) {
      // Reads in flight while the comment is written, then reads after it returned.
      const racing = Array.from({ length: 4 }, () => api.gql(PAGE, { id: accordId }, reader));
      const comment = await talk.post(parties[0].representative, {
        clauseId,
        body: `Round ${round}`,
      });
      await Promise.all(racing);
      const after = await Promise.all(
        Array.from({ length: 6 }, () => api.gql(PAGE, { id: accordId }, reader)),
      );
      for (const response of after) {
        const ids = expectData(response).accord.clauses[0].comments.map(
          (c: { id: string }) => c.id,
        );
        expect(ids).toContain(comment.id);
      }
    }
  });

  it('computes the page once when every open client asks again after a change', async () => {
    await read(PAGE, accordId, parties[0].representative.token);
    await talk.post(parties[1].representative, { clauseId, body: 'Everyone refetches now.' });
    const before = { misses: cache.misses, shared: cache.shared, hits: cache.hits };
    const readers = [...parties.map((p) => p.representative), facilitator];
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        api.gql(PAGE, { id: accordId }, elementAt(readers, i % readers.length).token),
      ),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    const misses = cache.misses - before.misses;
    const shared = cache.shared - before.shared;
    const hits = cache.hits - before.hits;
    expect(hits + misses).toBe(12);
    // Only misses with nothing under way compute: in practice one; never one per client.
    expect(misses - shared).toBeLessThan(4);
  });
});
