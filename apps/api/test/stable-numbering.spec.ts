import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Discussion } from './support/discussion.js';
import {
  expectData,
  expectError,
  Given,
  type PartyList,
  type TestParty,
} from './support/factories.js';
import { elementAt, firstOf, valueAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ACCORD_AT = `query($a: ID!, $seq: Int) { accordAt(accordId: $a, seq: $seq) { seq clauses { clauseId number } } }`;
const RENUMBER = `mutation($a: ID!) { renumberClauses(accordId: $a) { seq changes { clauseId from to } } }`;
const REFERENCES = `clauseId written number removed field start end`;
const AMENDMENT = `query($id: ID!) { amendment(id: $id) { status text rationale
  newArticle { number after } references { ${REFERENCES} } } }`;
const COMMENTS = `query($id: ID!) { amendment(id: $id) { comments { id body deleted references { ${REFERENCES} } } } }`;
const EXPORT = `query($a: ID!, $f: ExportFormat!) { exportAccord(accordId: $a, format: $f) }`;

interface Reference {
  clauseId: string;
  written: string;
  number: string;
  removed: boolean;
  field: string;
  start: number;
  end: number;
}

describe('article numbers stay fixed once given', () => {
  let api: TestApp;
  let n: Negotiation;
  let talk: Discussion;
  let parties: PartyList<{ GOVERNMENT: 2 }>;
  let facilitatorToken: string;
  /** The clause ids of articles 1 to 7, by their original number. */
  const article: Record<string, string> = {};

  const all = (): [TestParty, string][] => parties.map((p) => [p, 'FOR']);
  const numbers = async () =>
    ((await n.text()).clauses as { id: string; number: string }[]).map((c) => c.number);
  const numberOf = async (clauseId: string) =>
    ((await n.text()).clauses as { id: string; number: string }[]).find((c) => c.id === clauseId)
      ?.number;
  const snapshot = async (seq?: number) =>
    expectData(await api.gql(ACCORD_AT, { a: n.accordId, seq: seq ?? null }, facilitatorToken))
      .accordAt as { seq: number; clauses: { clauseId: string; number: string }[] };
  const amendment = async (id: string) =>
    expectData(await api.gql(AMENDMENT, { id }, facilitatorToken)).amendment as {
      status: string;
      text: string | null;
      rationale: string;
      newArticle: { number: string; after: string | null } | null;
      references: Reference[];
    };
  const comments = async (amendmentId: string) =>
    expectData(await api.gql(COMMENTS, { id: amendmentId }, facilitatorToken)).amendment
      .comments as { id: string; body: string; deleted: boolean; references: Reference[] }[];
  const renumber = (token = facilitatorToken) => api.gql(RENUMBER, { a: n.accordId }, token);

  beforeAll(async () => {
    api = await startTestApp();
    const setup = await new Given(api).accordWithParties({ parties: { GOVERNMENT: 2 } });
    parties = setup.parties;
    facilitatorToken = setup.facilitator.token;
    n = new Negotiation(api, setup.accordId, setup.facilitator);
    talk = new Discussion(api, setup.accordId);
    for (let i = 1; i <= 7; i++) {
      await n.decide(
        parties[0],
        {
          kind: 'ADD_CLAUSE',
          heading: `Norm ${i}`,
          text: `Norm ${i} applies.`,
          force: 'VOLUNTARY',
        },
        all(),
      );
    }
    for (const clause of (await n.text()).clauses as { id: string; number: string }[])
      article[clause.number] = clause.id;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('adopting a clause at place 5 gives it "4 bis": articles 5 to 7 keep their numbers', async () => {
    const before = await snapshot();
    await n.decide(
      parties[1],
      {
        kind: 'ADD_CLAUSE',
        heading: 'Hospitals',
        text: 'Hospitals are never a target.',
        force: 'BINDING',
        position: 5,
      },
      all(),
    );
    expect(await numbers()).toEqual(['1', '2', '3', '4', '4 bis', '5', '6', '7']);
    expect(await numberOf(valueAt(article, '6'))).toBe('6');
    // The text as it stood before still reads 1 to 7; after, with 4 bis.
    expect((await snapshot(before.seq)).clauses.map((c) => c.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect((await snapshot()).clauses.map((c) => c.number)).toEqual(await numbers());
    // Exports carry the numbers: Akoma Ntoso's ids follow its naming convention (art_4bis).
    const exported = async (f: string) =>
      expectData(await api.gql(EXPORT, { a: n.accordId, f }, facilitatorToken))
        .exportAccord as string;
    const md = await exported('MARKDOWN');
    expect(md).toContain('## Article 4 bis. Hospitals');
    expect(md).toContain('## Article 5. Norm 5');
    const xml = await exported('AKOMA_NTOSO');
    expect(xml).toContain('<article eId="art_4bis"');
    expect(xml).toContain('<num>4 bis</num>');
    expect(xml).toContain('<article eId="art_7"');
  });

  it('shows voters the number a new article will take', async () => {
    const proposed = await n.propose(parties[0], {
      kind: 'ADD_CLAUSE',
      text: 'Schools are never a target.',
      force: 'BINDING',
      position: 7,
    });
    // Place 7 is after article 5 (4 bis now sits at place 5).
    expect((await amendment(proposed.id)).newArticle).toEqual({ number: '5 bis', after: '5' });
    // The proposal form asks the same before anything is proposed.
    const preview = expectData(
      await api.gql(
        `query($a: ID!) { accord(id: $a) { at7: newArticleAt(position: 7) { number after } end: newArticleAt { number after } } }`,
        { a: n.accordId },
        parties[0].representative.token,
      ),
    ).accord;
    expect(preview).toEqual({
      at7: { number: '5 bis', after: '5' },
      end: { number: '8', after: '7' },
    });
    const atStart = await n.propose(parties[0], {
      kind: 'ADD_CLAUSE',
      text: 'Definitions.',
      force: 'VOLUNTARY',
      position: 1,
    });
    expect((await amendment(atStart.id)).newArticle).toEqual({ number: '1 A', after: null });
    const atEnd = await n.propose(parties[0], {
      kind: 'ADD_CLAUSE',
      text: 'Entry into force.',
      force: 'BINDING',
    });
    expect((await amendment(atEnd.id)).newArticle).toEqual({ number: '8', after: '7' });
    for (const id of [proposed.id, atStart.id, atEnd.id])
      expectData(
        await api.gql(
          `mutation($id: ID!) { withdrawAmendment(amendmentId: $id) { status } }`,
          { id },
          parties[0].representative.token,
        ),
      );
    expect((await amendment(proposed.id)).newArticle).toBeNull();
  });

  it('keeps "article 6" in an open amendment and a comment pointing at the same clause through a renumbering', async () => {
    const open = await n.propose(parties[0], {
      kind: 'MODIFY_CLAUSE',
      clauseId: article['2'],
      baseVersion: 1,
      text: 'Norm 2 applies, subject to article 6.',
      rationale: 'Consistent with Article 6 and art. 4 bis.',
    });
    const comment = await talk.post(parties[1].representative, {
      amendmentId: open.id,
      body: 'Articles 6 and 7 already cover this; see article 51 of the Charter.',
    });
    const cited = (refs: Reference[]) =>
      refs.map((r) => [r.field, r.written, r.number, r.clauseId]);
    expect(cited((await amendment(open.id)).references)).toEqual([
      ['RATIONALE', '6', '6', article['6']],
      ['RATIONALE', '4 bis', '4 bis', expect.any(String)],
      ['TEXT', '6', '6', article['6']],
    ]);
    const [thread] = firstOf(await comments(open.id), 1);
    expect(cited(thread.references)).toEqual([
      ['BODY', '6', '6', article['6']],
      ['BODY', '7', '7', article['7']],
    ]);
    const { text } = await amendment(open.id);
    const reference = (await amendment(open.id)).references.find((r) => r.field === 'TEXT')!;
    expect(text!.slice(reference.start, reference.end)).toBe('6');

    const beforeRenumbering = await snapshot();
    const done = expectData(await renumber()).renumberClauses as {
      seq: number;
      changes: { clauseId: string; from: string; to: string }[];
    };
    expect(done.changes.map((c) => `${c.from} → ${c.to}`)).toEqual([
      '4 bis → 5',
      '5 → 6',
      '6 → 7',
      '7 → 8',
    ]);
    expect(await numbers()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(await numberOf(valueAt(article, '6'))).toBe('7');

    // What people wrote is unchanged; what it cites shows the clause's new number.
    const after = await amendment(open.id);
    expect(after.text).toBe('Norm 2 applies, subject to article 6.');
    expect(cited(after.references)).toEqual([
      ['RATIONALE', '6', '7', article['6']],
      ['RATIONALE', '4 bis', '5', expect.any(String)],
      ['TEXT', '6', '7', article['6']],
    ]);
    expect(cited(elementAt(await comments(open.id), 0).references)).toEqual([
      ['BODY', '6', '7', article['6']],
      ['BODY', '7', '8', article['7']],
    ]);

    // The act is one event in the log, and the text at each seq keeps the numbers of its time.
    const events = await n.events(beforeRenumbering.seq);
    expect(events.map((e) => e.type)).toEqual(['clauses.renumbered']);
    expect(events[0]?.payload).toEqual({
      changes: done.changes.map((c) => ({ clauseId: c.clauseId, from: c.from, to: c.to })),
    });
    expect((await snapshot(beforeRenumbering.seq)).clauses.map((c) => c.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '4 bis',
      '5',
      '6',
      '7',
    ]);
    expect((await snapshot(done.seq)).clauses.map((c) => c.number)).toEqual(await numbers());

    // Written now, "article 6" means the clause numbered 6 now; an edit that leaves the old
    // words alone keeps what they meant.
    const fresh = await talk.post(parties[0].representative, {
      amendmentId: open.id,
      body: 'Then article 6 needs the same change.',
    });
    const edited = expectData(
      await api.gql(
        `mutation($id: ID!, $body: String!) { editComment(commentId: $id, body: $body) { references { ${REFERENCES} } } }`,
        {
          id: comment.id,
          body: 'As I said: articles 6 and 7 already cover this, and article 6 too.',
        },
        parties[1].representative.token,
      ),
    ).editComment.references as Reference[];
    expect(edited.map((r) => [r.written, r.number, r.clauseId])).toEqual([
      ['6', '7', article['6']],
      ['7', '8', article['7']],
      ['6', '6', article['5']],
    ]);
    const rebased = expectData(
      await api.gql(
        `mutation($id: ID!, $text: String!) { rebaseAmendment(amendmentId: $id, text: $text) { id } }`,
        { id: open.id, text: 'Norm 2 applies, subject to article 6 and to article 8.' },
        parties[0].representative.token,
      ),
    ).rebaseAmendment;
    expect(
      (await amendment(rebased.id)).references
        .filter((r) => r.field === 'TEXT')
        .map((r) => [r.written, r.number, r.clauseId]),
    ).toEqual([
      ['6', '7', article['6']],
      ['8', '8', article['7']],
    ]);
    const threads = await comments(open.id);
    expect(threads.find((c) => c.id === fresh.id)!.references.map((r) => r.clauseId)).toEqual([
      article['5'],
    ]);

    // A deleted comment's references go with its text.
    expectData(
      await api.gql(
        `mutation($id: ID!) { deleteComment(commentId: $id) { deleted } }`,
        { id: fresh.id },
        parties[0].representative.token,
      ),
    );
    expect((await comments(open.id)).find((c) => c.id === fresh.id)!.references).toEqual([]);
  });

  it('refuses a renumbering from anyone but the facilitator, and when there is nothing to renumber', async () => {
    expectError(await renumber(parties[0].representative.token), 'FORBIDDEN');
    const outsider = await new Given(api).user('Outsider');
    expectError(await renumber(outsider.token), 'NOT_FOUND');
    const refused = expectError(await renumber(), 'CONFLICT');
    expect(refused.extensions?.reason).toBe('NOTHING_TO_RENUMBER');
  });

  it('leaves a gap where a clause was removed and a moved clause keeps its number, until renumbered', async () => {
    await n.decide(parties[0], { kind: 'REMOVE_CLAUSE', clauseId: article['1'] }, all());
    expect(await numbers()).toEqual(['2', '3', '4', '5', '6', '7', '8']);
    await n.decide(parties[0], { kind: 'MOVE_CLAUSE', clauseId: article['7'], position: 1 }, all());
    expect(await numbers()).toEqual(['8', '2', '3', '4', '5', '6', '7']);
    // Nothing takes the removed "1": before article 8 at the start comes "8 A".
    await n.decide(
      parties[0],
      { kind: 'ADD_CLAUSE', text: 'Purpose.', force: 'VOLUNTARY', position: 1 },
      all(),
    );
    expect(await numbers()).toEqual(['8 A', '8', '2', '3', '4', '5', '6', '7']);
    const done = expectData(await renumber()).renumberClauses;
    expect(done.changes).toHaveLength(8);
    expect(await numbers()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('gives two insertions adopted at once distinct numbers, and the database refuses a duplicate', async () => {
    const proposals = [];
    for (const text of ['Water systems are protected.', 'Power grids are protected.']) {
      const proposal = await n.propose(parties[0], {
        kind: 'ADD_CLAUSE',
        text,
        force: 'BINDING',
        position: 3,
      });
      await n.open(proposal.id);
      for (const [party, choice] of all()) await n.vote(party, proposal.id, choice);
      proposals.push(proposal.id);
    }
    const closed = await Promise.all(proposals.map((id) => n.close(id)));
    expect(closed.map((a: { status: string }) => a.status)).toEqual(['ADOPTED', 'ADOPTED']);
    const now = await numbers();
    expect(now.filter((x) => x.startsWith('2 bis'))).toHaveLength(2);
    expect(new Set(now).size).toBe(now.length);

    const db = api.app.get(DataSource);
    await expect(
      db.query(`UPDATE clause SET number = '2' WHERE accord_id = $1 AND number = '3'`, [
        n.accordId,
      ]),
    ).rejects.toMatchObject({ code: '23P01' });
  });
});
