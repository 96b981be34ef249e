import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Discussion } from './support/discussion.js';
import {
  expectData,
  expectError,
  Given,
  type PartyList,
  type TestParty,
  type TestUser,
} from './support/factories.js';
import { elementAt, only } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SEARCH = `query($q: String!, $accordId: ID, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $q, accordId: $accordId, kinds: $kinds, first: $first, after: $after) {
    hasMore endCursor
    hits { kind rank heading snippet { text highlighted }
      accord { id title } clause { id number version current removed }
      amendment { id kind status } comment { id parentId } organization { id name group country } } } }`;

interface Hit {
  kind: string;
  rank: number;
  heading: string | null;
  snippet: { text: string; highlighted: boolean }[];
  accord: { id: string; title: string } | null;
  clause: { id: string; number: string; version: number; current: boolean } | null;
  amendment: { id: string; kind: string; status: string } | null;
  comment: { id: string; parentId: string | null } | null;
  organization: { id: string; name: string } | null;
}
interface Results {
  hasMore: boolean;
  endCursor: string | null;
  hits: Hit[];
}

const highlighted = (hit: Hit) =>
  hit.snippet.filter((part) => part.highlighted).map((part) => part.text.toLowerCase());

describe('search', () => {
  let api: TestApp;
  let given: Given;
  let accordId: string;
  let facilitator: TestUser;
  let parties: PartyList<{ GOVERNMENT: 2 }>;
  let outsider: TestUser;
  let hidden: { accordId: string; facilitator: TestUser; party: TestParty };
  let clauseId: string;
  let amendmentId: string;
  let talk: Discussion;

  const searchRaw = (user: TestUser, q: string, more: Record<string, unknown> = {}) =>
    api.gql<{ search: Results }>(SEARCH, { q, ...more }, user.token);
  const search = async (user: TestUser, q: string, more: Record<string, unknown> = {}) =>
    expectData(await searchRaw(user, q, more)).search;

  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
    ({ accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 2 },
    }));
    outsider = await given.user('Outsider');
    const n = new Negotiation(api, accordId, facilitator);
    const everyone = parties.map((p) => [p, 'FOR'] as [TestParty, string]);
    clauseId = await n.adoptClause(
      parties[0],
      'States should protect the submarine cables that carry the internet.',
      [...parties],
    );
    // Version 2 drops the submarine cables: they are only in the earlier version now.
    await n.decide(
      parties[0],
      {
        kind: 'MODIFY_CLAUSE',
        clauseId,
        baseVersion: 1,
        heading: 'Critical infrastructure',
        text: 'States shall protect critical infrastructure from attacks.',
      },
      everyone,
    );
    amendmentId = (
      await n.propose(parties[1], {
        kind: 'ADD_CLAUSE',
        heading: 'Ransomware',
        text: 'States shall cooperate against ransomware gangs.',
        force: 'BINDING',
        rationale: 'Ransomware has closed hospitals across the region.',
      })
    ).id;
    talk = new Discussion(api, accordId);
    await talk.post(parties[0].representative, {
      amendmentId,
      body: 'Encryption, encryption and encryption again: hospitals need backups.',
    });
    await talk.post(parties[1].representative, {
      amendmentId,
      body: 'We discussed many options at length during the last session in Geneva, and one of them was encryption of the records held by public bodies.',
    });

    // An accord the parties above do not take part in, with the same words and some of its own.
    const other = await given.accordWithParties({ parties: { GOVERNMENT: 1 } });
    const otherTalk = new Negotiation(api, other.accordId, other.facilitator);
    await otherTalk.adoptClause(
      other.parties[0],
      'A secret zeppelin protocol on critical infrastructure and ransomware.',
    );
    const otherClause = (await otherTalk.text()).clauses[0].id as string;
    await new Discussion(api, other.accordId).post(other.parties[0].representative, {
      clauseId: otherClause,
      clauseVersion: 1,
      body: 'The zeppelin clause hides ransomware and encryption plans.',
    });
    hidden = { ...other, party: other.parties[0] };
  });
  afterAll(() => api.close());

  describe('what it finds', () => {
    it('finds a clause by its current text, with the words marked', async () => {
      const { hits } = await search(parties[0].representative, 'critical infrastructure');
      const hit = hits.find((h) => h.kind === 'CLAUSE');
      expect(hit).toMatchObject({
        heading: 'Critical infrastructure',
        accord: { id: accordId, title: 'Tech Accord' },
        clause: { id: clauseId, number: '1', version: 2, current: true },
      });
      expect(highlighted(hit!)).toEqual(expect.arrayContaining(['critical', 'infrastructure']));
      expect(hit!.snippet.map((part) => part.text).join('')).toContain(
        'protect critical infrastructure from attacks',
      );
    });

    it('finds an earlier version of a clause, marked as earlier', async () => {
      const { hits } = await search(parties[0].representative, 'submarine cables', {
        kinds: ['CLAUSE'],
      });
      const hit = only(hits);
      expect(hit).toMatchObject({
        kind: 'CLAUSE',
        clause: { id: clauseId, version: 1, current: false },
      });
      expect(highlighted(hit)).toEqual(['submarine', 'cables']);
    });

    it('finds an amendment by its rationale, and the comments on it', async () => {
      const { hits } = await search(parties[0].representative, 'hospitals');
      expect(hits.map((h) => h.kind).sort()).toEqual(['AMENDMENT', 'COMMENT']);
      const amendment = hits.find((h) => h.kind === 'AMENDMENT')!;
      expect(amendment).toMatchObject({
        heading: 'Ransomware',
        amendment: { id: amendmentId, kind: 'ADD_CLAUSE', status: 'OPEN' },
        clause: null,
      });
      expect(highlighted(amendment)).toContain('hospitals');
      const comment = hits.find((h) => h.kind === 'COMMENT')!;
      expect(comment.amendment).toMatchObject({ id: amendmentId });
      expect(comment.comment).toMatchObject({ parentId: null });
    });

    it('ranks the better match first', async () => {
      const { hits } = await search(parties[0].representative, 'encryption', {
        kinds: ['COMMENT'],
      });
      expect(hits).toHaveLength(2);
      const [best, next] = [elementAt(hits, 0), elementAt(hits, 1)];
      expect(best.rank).toBeGreaterThan(next.rank);
      expect(best.snippet.map((p) => p.text).join('')).toContain('Encryption, encryption');
    });

    it('speaks web-search syntax: "phrases", -exclusions and or', async () => {
      const by = parties[0].representative;
      // The clause, and the adopted amendment that wrote its words.
      const phrase = await search(by, '"critical infrastructure"');
      expect(phrase.hits.map((h) => h.kind).sort()).toEqual(['AMENDMENT', 'CLAUSE']);
      expect((await search(by, '"infrastructure critical"')).hits).toEqual([]);

      const withBackups = await search(by, 'encryption', { kinds: ['COMMENT'] });
      const withoutBackups = await search(by, 'encryption -backups', { kinds: ['COMMENT'] });
      expect(withBackups.hits).toHaveLength(2);
      expect(withoutBackups.hits).toHaveLength(1);
      expect(
        only(withoutBackups.hits)
          .snippet.map((p) => p.text)
          .join(''),
      ).toContain('Geneva');

      const either = await search(by, 'submarine or gangs');
      // The clause's first version, the amendment that added it, and the ransomware amendment.
      expect(either.hits).toHaveLength(3);
      expect(either.hits).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'CLAUSE',
            clause: expect.objectContaining({ version: 1 }),
          }),
          expect.objectContaining({ kind: 'AMENDMENT', heading: 'Ransomware' }),
        ]),
      );
    });

    it('finds what was just written, and not a deleted comment', async () => {
      const by = parties[1].representative;
      const comment = await talk.post(by, { amendmentId, body: 'A quokka appears.' });
      expect((await search(by, 'quokka')).hits.map((h) => h.comment?.id)).toEqual([comment.id]);
      await talk.edit(by, comment.id, 'A wombat appears.');
      expect((await search(by, 'quokka')).hits).toEqual([]);
      expect((await search(by, 'wombat')).hits).toHaveLength(1);
      await talk.delete(by, comment.id);
      expect((await search(by, 'wombat')).hits).toEqual([]);
      expect((await search(facilitator, 'wombat')).hits).toEqual([]);
    });

    it('never returns markup: the parts are text, the highlighting is a flag', async () => {
      const by = parties[0].representative;
      await talk.post(by, { amendmentId, body: '<b>bold</b> claims about <mark>platypus</mark>' });
      const hit = only((await search(by, 'platypus')).hits);
      // ts_headline's parser reads tags as tags, and leaves them out of the headline.
      expect(hit.snippet).toEqual([
        { text: 'bold  claims about  ', highlighted: false },
        { text: 'platypus', highlighted: true },
      ]);
    });

    it('pages through the hits', async () => {
      const by = parties[0].representative;
      const first = await search(by, 'encryption', { first: 1 });
      expect(first.hits).toHaveLength(1);
      expect(first.hasMore).toBe(true);
      const second = await search(by, 'encryption', { first: 1, after: first.endCursor });
      expect(second.hits).toHaveLength(1);
      expect(only(second.hits).comment?.id).not.toBe(only(first.hits).comment?.id);
      expect(second.hasMore).toBe(false);
    });
  });

  describe('who sees what', () => {
    it('never returns what is in an accord the caller may not read', async () => {
      for (const user of [parties[0].representative, outsider]) {
        expect((await search(user, 'zeppelin')).hits).toEqual([]);
        const { hits } = await search(user, 'ransomware or encryption or infrastructure');
        expect(hits.every((h) => h.accord?.id !== hidden.accordId)).toBe(true);
      }
      expect((await search(outsider, 'ransomware')).hits).toEqual([]);
      // Its own members find it, comments included.
      const theirs = await search(hidden.party.representative, 'zeppelin');
      expect(theirs.hits.map((h) => h.kind).sort()).toEqual(['AMENDMENT', 'CLAUSE', 'COMMENT']);
      expect(theirs.hits.every((h) => h.accord?.id === hidden.accordId)).toBe(true);
    });

    it('answers a hidden accord asked by id as not found, like a missing one', async () => {
      expectError(
        await searchRaw(parties[0].representative, 'zeppelin', { accordId: hidden.accordId }),
        'NOT_FOUND',
      );
      expectError(
        await searchRaw(outsider, 'zeppelin', { accordId: '00000000-0000-4000-8000-000000000000' }),
        'NOT_FOUND',
      );
      const inHidden = await search(hidden.facilitator, 'ransomware', {
        accordId: hidden.accordId,
      });
      expect(inHidden.hits.length).toBeGreaterThan(0);
      expect(inHidden.hits.every((h) => h.accord?.id === hidden.accordId)).toBe(true);
    });

    it('finds verified organizations for everyone, an unverified one only for its members', async () => {
      const founder = await given.user('Founder');
      const verified = await given.organization(founder, 'CIVIL_SOCIETY', 'Narwhal Institute');
      await given.organization(founder, 'CIVIL_SOCIETY', 'Narwhal Watch', { verified: false });
      const forOutsider = await search(outsider, 'narwhal', { kinds: ['ORGANIZATION'] });
      expect(forOutsider.hits.map((h) => h.organization?.name)).toEqual(['Narwhal Institute']);
      const found = only(forOutsider.hits);
      expect(found).toMatchObject({
        accord: null,
        organization: { id: verified.id, group: 'CIVIL_SOCIETY' },
      });
      expect(highlighted(found)).toEqual(['narwhal']);
      const forFounder = await search(founder, 'narwhal');
      expect(forFounder.hits.map((h) => h.organization?.name).sort()).toEqual([
        'Narwhal Institute',
        'Narwhal Watch',
      ]);
      // In an accord, only its participants.
      const inAccord = await search(facilitator, 'GOVERNMENT', {
        accordId,
        kinds: ['ORGANIZATION'],
      });
      expect(inAccord.hits.map((h) => h.organization?.id).sort()).toEqual(
        parties.map((p) => p.organizationId).sort(),
      );
    });

    it('asks for a signed-in caller', async () => {
      expectError(await api.gql(SEARCH, { q: 'ransomware' }), 'UNAUTHENTICATED');
    });
  });

  describe('bad input', () => {
    it('refuses an empty, blank or too long query, and a bad page', async () => {
      const by = parties[0].representative;
      for (const q of ['', '   ', 'x'.repeat(201)]) {
        const response = await searchRaw(by, q);
        expectError(response, 'BAD_USER_INPUT');
        expect(response.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/query/)]);
      }
      expectError(await searchRaw(by, 'x', { first: 0 }), 'BAD_USER_INPUT');
      expectError(await searchRaw(by, 'x', { first: 51 }), 'BAD_USER_INPUT');
      expectError(await searchRaw(by, 'x', { after: 'not-a-cursor' }), 'BAD_USER_INPUT');
      expectError(await searchRaw(by, 'x', { kinds: ['EVERYTHING'] }), 'BAD_USER_INPUT');
    });

    it('finds nothing, and fails nothing, for stop words or punctuation alone', async () => {
      const by = parties[0].representative;
      for (const q of ['the and of', '!!!', '-', '"', 'or', '-the', '& | ! <->', "'"]) {
        expect(await search(by, q)).toEqual({ hits: [], hasMore: false, endCursor: null });
      }
    });
  });
});
