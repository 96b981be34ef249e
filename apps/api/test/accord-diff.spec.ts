import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, type TestParty, type TestUser } from './support/factories.js';
import { downloadExport } from './support/raw-http.js';
import { type Negotiation, oneStateNegotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DIFF = `query($a: ID!, $from: AccordMomentInput!, $to: AccordMomentInput!) {
  accordDiff(accordId: $a, from: $from, to: $to) {
    from { seq } to { seq }
    articles { clauseId kind reworded moved from { number text force } to { number text force }
      parts { op text } amendments { id kind } } } }`;
const MARK = `mutation($a: ID!, $n: String!) { markMilestone(accordId: $a, name: $n) { id seq } }`;

interface Article {
  clauseId: string;
  kind: string;
  reworded: boolean;
  moved: boolean;
  from: { number: string; text: string; force: string } | null;
  to: { number: string; text: string; force: string } | null;
  parts: { op: string; text: string }[];
  amendments: { id: string; kind: string }[];
}

describe('accordDiff: the whole accord between two moments', () => {
  let api: TestApp;
  let accordId: string;
  let facilitator: TestUser;
  let party: TestParty;
  let outsider: TestUser;
  let n: Negotiation;
  let milestoneId: string;
  let milestoneSeq: number;
  const ids: string[] = [];
  const made: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApp();
    ({ accordId, facilitator, party, outsider, n } = await oneStateNegotiation(api));
    for (const text of [
      'States should refrain.',
      'States should cooperate.',
      'States should report.',
    ])
      ids.push(await n.adoptClause(party, text));
    ({ id: milestoneId, seq: milestoneSeq } = expectData(
      await api.gql(MARK, { a: accordId, n: 'First reading' }, facilitator.token),
    ).markMilestone);
    const voters: [TestParty, string][] = [[party, 'FOR']];
    const [first, second, third] = ids as [string, string, string];
    made.modify = (
      await n.decide(
        party,
        {
          kind: 'MODIFY_CLAUSE',
          clauseId: first,
          baseVersion: 1,
          text: 'States shall refrain.',
          force: 'BINDING',
        },
        voters,
      )
    ).id;
    made.remove = (await n.decide(party, { kind: 'REMOVE_CLAUSE', clauseId: second }, voters)).id;
    made.move = (
      await n.decide(party, { kind: 'MOVE_CLAUSE', clauseId: third, position: 1 }, voters)
    ).id;
  });

  afterAll(() => api?.close());

  const diff = async (from: object, to: object, token = party.representative.token) =>
    expectData(await api.gql(DIFF, { a: accordId, from, to }, token)).accordDiff as {
      from: { seq: number };
      to: { seq: number };
      articles: Article[];
    };

  it('from a milestone to now: each change, with the amendment that made it', async () => {
    const { lastSeq } = await n.text();
    const result = await diff({ milestoneId }, { seq: lastSeq });
    expect([result.from.seq, result.to.seq]).toEqual([milestoneSeq, lastSeq]);
    const [first, second, third] = ids;
    const byClause = new Map(result.articles.map((a) => [a.clauseId, a]));
    expect(result.articles.map((a) => a.clauseId)).toEqual([third, first, second]);
    expect(byClause.get(first!)).toMatchObject({
      kind: 'MODIFIED',
      from: { text: 'States should refrain.', force: 'VOLUNTARY' },
      to: { text: 'States shall refrain.', force: 'BINDING' },
      amendments: [{ id: made.modify, kind: 'MODIFY_CLAUSE' }],
    });
    expect(byClause.get(first!)?.parts).toEqual([
      { op: 'equal', text: 'States ' },
      { op: 'delete', text: 'should' },
      { op: 'insert', text: 'shall' },
      { op: 'equal', text: ' refrain.' },
    ]);
    expect(byClause.get(second!)).toMatchObject({
      kind: 'REMOVED',
      to: null,
      amendments: [{ id: made.remove, kind: 'REMOVE_CLAUSE' }],
    });
    expect(byClause.get(third!)).toMatchObject({
      kind: 'MOVED',
      moved: true,
      reworded: false,
      amendments: [{ id: made.move, kind: 'MOVE_CLAUSE' }],
    });
  });

  it('runs backwards too, and shows nothing changed between a moment and itself', async () => {
    const { lastSeq } = await n.text();
    const back = await diff({ seq: lastSeq }, { milestoneId });
    expect(back.articles.find((a) => a.clauseId === ids[1])?.kind).toBe('ADDED');
    const same = await diff({ milestoneId }, { seq: milestoneSeq });
    expect(same.articles.map((a) => a.kind)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(same.articles.every((a) => a.amendments.length === 0)).toBe(true);
    // Before the first event: every article is new.
    const all = await diff({ seq: 0 }, { milestoneId });
    expect(all.articles.map((a) => a.kind)).toEqual(['ADDED', 'ADDED', 'ADDED']);
  });

  it('marks the changes since a moment in the Markdown and Akoma Ntoso exports, over GraphQL and HTTP', async () => {
    const EXPORT = `query($a: ID!, $f: ExportFormat!, $since: AccordMomentInput) {
      exportAccord(accordId: $a, format: $f, since: $since) }`;
    const token = party.representative.token;
    const exported = async (format: string) =>
      expectData(await api.gql(EXPORT, { a: accordId, f: format, since: { milestoneId } }, token))
        .exportAccord as string;
    const md = await exported('MARKDOWN');
    expect(md).toContain(`## Changes since event ${milestoneSeq}`);
    expect(md).toContain('States <del>should</del><ins>shall</ins> refrain.');
    expect(md).toMatch(/### Article \d+: removed/);
    expect(md).toContain('### Article 3: moved');
    const akn = await exported('AKOMA_NTOSO');
    expect(akn).toContain('<passiveModifications>');
    expect(akn).toMatch(/<textualMod eId="pmod_\d" type="substitution">/);
    expect(akn).toContain(`<source href="/plenary/amendment/${made.modify}"/>`);
    expect(akn).toMatch(/<textualMod eId="pmod_\d" type="repeal">/);
    expect(akn).toContain('<del>should</del>');
    expect(akn).toContain('status="removed"');
    // The JSON export is the whole record: no redline there.
    expectError(
      await api.gql(EXPORT, { a: accordId, f: 'JSON', since: { milestoneId } }, token),
      'BAD_USER_INPUT',
    );
    const http = await downloadExport(
      api,
      accordId,
      `export.md?sinceMilestone=${milestoneId}`,
      token,
    );
    expect([http.status, http.text.includes('## Changes since')]).toEqual([200, true]);
    for (const query of ['sinceSeq=abc', 'sinceSeq=1&sinceMilestone=x', 'sinceSeq=999999'])
      expect((await downloadExport(api, accordId, `export.md?${query}`, token)).status).toBe(400);
  });

  it('refuses what is not one moment, and hides the accord from outsiders', async () => {
    const bad = [
      [{ seq: 1, milestoneId }, { seq: 2 }],
      [{}, { seq: 2 }],
      [{ milestoneId: '00000000-0000-4000-8000-000000000000' }, { seq: 2 }],
      [{ milestoneId: 'not-an-id' }, { seq: 2 }],
      [{ seq: 1 }, { seq: 100000 }],
    ];
    for (const [from, to] of bad)
      expectError(
        await api.gql(DIFF, { a: accordId, from, to }, party.representative.token),
        'BAD_USER_INPUT',
      );
    expectError(
      await api.gql(DIFF, { a: accordId, from: { seq: 0 }, to: { seq: 1 } }, outsider.token),
      'NOT_FOUND',
    );
    expectError(
      await api.gql(DIFF, { a: accordId, from: { seq: 0 }, to: { seq: 1 } }),
      'UNAUTHENTICATED',
    );
  });
});
