import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  expectData,
  expectError,
  Given,
  type PartyList,
  type TestParty,
} from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ACCORD_AT = `query($a: ID!, $seq: Int, $at: DateTime) { accordAt(accordId: $a, seq: $seq, at: $at) {
  seq at clauses { clauseId number position version heading text force } } }`;
const DIFF = `query($c: ID!, $f: Int!, $t: Int!) { clauseDiff(clauseId: $c, fromVersion: $f, toVersion: $t) { fromVersion toVersion parts { op text } } }`;
const EXPORT = `query($a: ID!, $f: ExportFormat!) { exportAccord(accordId: $a, format: $f) }`;

interface Snapshot {
  seq: number;
  clauses: { clauseId: string; number: string; version: number; text: string }[];
}

describe('draft history you can trust', () => {
  let api: TestApp;
  let n: Negotiation;
  let parties: PartyList<{ GOVERNMENT: 2; PRIVATE_SECTOR: 1; CIVIL_SOCIETY: 1 }>;
  let token: string;
  const clauseIds: string[] = [];
  const seqs = { afterAdds: 0, beforeMove: 0, beforeRemoval: 0, end: 0 };

  const all = (): [TestParty, string][] => parties.map((p) => [p, 'FOR']);
  const lastSeq = async () => (await n.text()).lastSeq as number;
  const at = async (vars: { seq?: number; at?: string }): Promise<Snapshot> =>
    expectData(await api.gql(ACCORD_AT, { a: n.accordId, ...vars }, token)).accordAt;

  beforeAll(async () => {
    api = await startTestApp();
    const given = new Given(api);
    const setup = await given.accordWithParties({
      rule: { kind: 'CHAMBERED' },
      parties: { GOVERNMENT: 2, PRIVATE_SECTOR: 1, CIVIL_SOCIETY: 1 },
    });
    parties = setup.parties;
    token = parties[0].representative.token;
    n = new Negotiation(api, setup.accordId, setup.facilitator);
    const texts = [
      'States should cooperate to increase stability and security in the use of ICTs.',
      'States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
      'States should respect human rights online, including the right to privacy.',
      'States should not conduct ICT activity that intentionally damages critical infrastructure.',
      'States should not harm the integrity of supply chains.',
    ] as const;
    for (const [i, text] of texts.entries()) {
      await n.decide(
        elementAt(parties, i % parties.length),
        { kind: 'ADD_CLAUSE', heading: `Norm ${i + 1}`, text, force: 'VOLUNTARY' },
        all(),
      ); // 5 amendments
    }
    const text = await n.text();
    clauseIds.push(...text.clauses.map((c: { id: string }) => c.id));
    seqs.afterAdds = await lastSeq();
    // Seven more: modifications, a rejected one, a move and a removal.
    await n.decide(
      parties[0],
      {
        kind: 'MODIFY_CLAUSE',
        clauseId: clauseIds[3],
        baseVersion: 1,
        text: texts[3].replace('should not', 'shall not'),
        force: 'BINDING',
      },
      all(),
    );
    await n.decide(
      parties[1],
      {
        kind: 'MODIFY_CLAUSE',
        clauseId: clauseIds[3],
        baseVersion: 2,
        text: texts[3]
          .replace('should not', 'shall not')
          .replace('critical infrastructure', 'critical infrastructure serving the public'),
      },
      all(),
    );
    await n.decide(
      parties[2],
      {
        kind: 'MODIFY_CLAUSE',
        clauseId: clauseIds[0],
        baseVersion: 1,
        text: texts[0].replace('cooperate', 'work together'),
      },
      all(),
    );
    await n.decide(
      parties[3],
      {
        kind: 'MODIFY_CLAUSE',
        clauseId: clauseIds[2],
        baseVersion: 1,
        text: texts[2].replace('human rights online', 'human rights online and offline'),
      },
      [
        [parties[0], 'FOR'],
        [parties[3], 'AGAINST'],
      ],
    );
    await n.decide(
      parties[3],
      {
        kind: 'MODIFY_CLAUSE',
        clauseId: clauseIds[2],
        baseVersion: 1,
        text: texts[2] + ' This includes freedom of expression.',
      },
      all(),
    );
    seqs.beforeMove = await lastSeq();
    await n.decide(parties[0], { kind: 'MOVE_CLAUSE', clauseId: clauseIds[4], position: 1 }, all());
    seqs.beforeRemoval = await lastSeq();
    await n.decide(parties[1], { kind: 'REMOVE_CLAUSE', clauseId: clauseIds[1] }, all());
    seqs.end = await lastSeq();
  });
  afterAll(() => api.close());

  it('lists every version of a clause with its amendment and proposing organization', async () => {
    const clause = expectData(
      await api.gql(
        `query($id: ID!) { clause(id: $id) { current { version force } versions { version force amendment { id kind } author { id name } } } }`,
        { id: clauseIds[3] },
        token,
      ),
    ).clause;
    expect(clause.current).toEqual({ version: 3, force: 'BINDING' });
    expect(
      clause.versions.map((v: { version: number; author: { id: string } }) => [
        v.version,
        v.author.id,
      ]),
    ).toEqual([
      [1, parties[3].organizationId],
      [2, parties[0].organizationId],
      [3, parties[1].organizationId],
    ]);
    expect(clause.versions[1].amendment.kind).toBe('MODIFY_CLAUSE');
  });

  it('diffs any two versions at word level, in either direction', async () => {
    const forward = expectData(
      await api.gql(DIFF, { c: clauseIds[3], f: 1, t: 3 }, token),
    ).clauseDiff;
    expect(forward.parts.filter((p: { op: string }) => p.op !== 'equal')).toEqual([
      { op: 'delete', text: 'should' },
      { op: 'insert', text: 'shall' },
      { op: 'insert', text: ' serving the public' },
    ]);
    const backward = expectData(
      await api.gql(DIFF, { c: clauseIds[3], f: 3, t: 1 }, token),
    ).clauseDiff;
    expect(
      backward.parts
        .filter((p: { op: string }) => p.op === 'delete')
        .map((p: { text: string }) => p.text),
    ).toContain('shall');
    const join = (parts: { op: string; text: string }[], skip: string) =>
      parts
        .filter((p) => p.op !== skip)
        .map((p) => p.text)
        .join('');
    expect(join(forward.parts, 'insert')).toContain('should not');
    expect(join(forward.parts, 'delete')).toContain('serving the public');
    expectError(await api.gql(DIFF, { c: clauseIds[3], f: 1, t: 9 }, token), 'BAD_USER_INPUT');
    expectError(await api.gql(DIFF, { c: clauseIds[3], f: 0, t: 1 }, token), 'BAD_USER_INPUT');
  });

  it('gives the whole accord as it stood after any event or at any moment', async () => {
    const empty = await at({ seq: 1 });
    expect(empty.clauses).toEqual([]);
    const afterAdds = await at({ seq: seqs.afterAdds });
    expect(afterAdds.clauses.map((c) => [c.number, c.clauseId, c.version])).toEqual(
      clauseIds.map((id, i) => [String(i + 1), id, 1]),
    );

    const beforeMove = await at({ seq: seqs.beforeMove });
    expect(beforeMove.clauses.map((c) => c.clauseId)).toEqual(clauseIds);
    expect(beforeMove.clauses[3]?.version).toBe(3);
    const beforeRemoval = await at({ seq: seqs.beforeRemoval });
    expect(beforeRemoval.clauses.map((c) => c.clauseId)).toEqual([
      clauseIds[4],
      clauseIds[0],
      clauseIds[1],
      clauseIds[2],
      clauseIds[3],
    ]);
    const now = await at({});
    expect(now.seq).toBe(seqs.end);
    expect(now.clauses.map((c) => c.clauseId)).toEqual([
      clauseIds[4],
      clauseIds[0],
      clauseIds[2],
      clauseIds[3],
    ]);
    // Numbers stay with their clauses: moved to the front, article 5 is still 5; 2 left a gap.
    expect(now.clauses.map((c) => c.number)).toEqual(['5', '1', '3', '4']);
    expect(beforeRemoval.clauses.map((c) => c.number)).toEqual(['5', '1', '2', '3', '4']);

    const events = await n.events();
    const moveAt = events.find((e) => e.type === 'clause.moved')!;
    const atMoment = expectData(
      await api.gql(
        `query($a: ID!, $s: Int!) { accordEvents(accordId: $a, afterSeq: $s, first: 1) { at } }`,
        { a: n.accordId, s: moveAt.seq - 1 },
        token,
      ),
    ).accordEvents[0].at;
    const byTime = await at({ at: atMoment });
    expect(byTime.seq).toBeGreaterThanOrEqual(moveAt.seq);
    expect(byTime.clauses[0]?.clauseId).toBe(clauseIds[4]);
    const beforeEverything = await at({ at: '2000-01-01T00:00:00Z' });
    expect(beforeEverything).toMatchObject({ seq: 0, clauses: [] });
    expectError(
      await api.gql(ACCORD_AT, { a: n.accordId, seq: seqs.end + 1 }, token),
      'BAD_USER_INPUT',
    );
    expectError(
      await api.gql(ACCORD_AT, { a: n.accordId, seq: 1, at: atMoment }, token),
      'BAD_USER_INPUT',
    );
    // A date JavaScript holds and PostgreSQL does not (found by graphql-fuzz.spec.ts).
    expectError(
      await api.gql(ACCORD_AT, { a: n.accordId, at: '-271821-04-20T00:00:00.000Z' }, token),
      'BAD_USER_INPUT',
    );
  });

  it('credits every word of the current text to the version that introduced it', async () => {
    const clause = expectData(
      await api.gql(
        `query($id: ID!) { clause(id: $id) { current { text } attribution { text version amendmentId author { id } } } }`,
        { id: clauseIds[3] },
        token,
      ),
    ).clause;
    expect(clause.attribution.map((s: { text: string }) => s.text).join('')).toBe(
      clause.current.text,
    );
    const byVersion = (v: number) =>
      clause.attribution
        .filter((s: { version: number }) => s.version === v)
        .map((s: { text: string }) => s.text)
        .join('|');
    expect(byVersion(2)).toContain('shall');
    expect(byVersion(3)).toContain('serving the public');
    expect(clause.attribution.find((s: { version: number }) => s.version === 3).author.id).toBe(
      parties[1].organizationId,
    );
  });

  it('exports JSON that verifies offline, and fails after one byte changes', async () => {
    const json = expectData(await api.gql(EXPORT, { a: n.accordId, f: 'JSON' }, token))
      .exportAccord as string;
    const record = JSON.parse(json);
    expect(record.clauses).toHaveLength(5);
    expect(record.amendments.length).toBeGreaterThanOrEqual(12);
    expect(record.events).toHaveLength(seqs.end);
    const dir = mkdtempSync(join(tmpdir(), 'plenary-export-'));
    const file = join(dir, 'accord.json');
    writeFileSync(file, json);
    const verify = (path: string) =>
      spawnSync(process.execPath, ['scripts/verify-export.mjs', path], { encoding: 'utf8' });
    const good = verify(file);
    expect(good.status).toBe(0);
    expect(good.stdout.split('\n')[0]).toBe(
      `ok ${seqs.end} events, head ${record.hashChain.head.hash}`,
    );

    const original = readFileSync(file, 'utf8');
    const target = original.indexOf(
      'critical infrastructure serving',
      original.indexOf('"events"'),
    );
    const tampered = original.slice(0, target) + 'C' + original.slice(target + 1);
    writeFileSync(join(dir, 'tampered.json'), tampered);
    const bad = verify(join(dir, 'tampered.json'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^broken at seq \d+/);
  });

  it('exports Markdown with numbered clauses and the votes on adopted amendments', async () => {
    const md = expectData(await api.gql(EXPORT, { a: n.accordId, f: 'MARKDOWN' }, token))
      .exportAccord as string;
    expect(md).toMatch(/^# Tech Accord/);
    expect(md).toContain('## Article 5. Norm 5');
    expect(md).toContain('## Article 4. Norm 4');
    expect(md).toContain('*binding*');
    expect(md).toContain('## Appendix: adopted amendments');
    expect(md).toMatch(/- .*: for/);
    expect(md).not.toContain('Norm 2');
  });

  it('exports an Akoma Ntoso 3.0 bill with FRBR identification and numbered articles', async () => {
    const xml = expectData(await api.gql(EXPORT, { a: n.accordId, f: 'AKOMA_NTOSO' }, token))
      .exportAccord as string;
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">');
    for (const element of [
      '<bill name=',
      '<FRBRWork>',
      '<FRBRExpression>',
      '<FRBRManifestation>',
      '<preamble>',
      '<article eId="art_5"',
      '<num>5</num>',
      '<heading>Norm 5</heading>',
      '<content>',
    ]) {
      expect(xml).toContain(element);
    }
    expect((xml.match(/<article /g) ?? []).length).toBe(4);
  });

  it('reports the first broken seq when the log is edited, cut or reordered in the database', async () => {
    const db = api.app.get(DataSource);
    const verify = async () =>
      expectData(
        await api.gql(
          `query($a: ID!) { verifyHistory(accordId: $a) { ok checked firstBrokenSeq } }`,
          { a: n.accordId },
          token,
        ),
      ).verifyHistory;
    expect(await verify()).toMatchObject({ ok: true, checked: seqs.end });
    // Only a database owner can get past the append-only trigger; the chain still tells.
    await db.query(`ALTER TABLE accord_event DISABLE TRIGGER accord_event_no_rewrite`);
    try {
      const [{ payload }] = await db.query(
        `SELECT payload::text AS payload FROM accord_event WHERE accord_id = $1 AND seq = 7`,
        [n.accordId],
      );
      await db.query(
        `UPDATE accord_event SET payload = jsonb_set(payload, '{forged}', 'true') WHERE accord_id = $1 AND seq = 7`,
        [n.accordId],
      );
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 7, checked: 6 });
      await db.query(
        `UPDATE accord_event SET payload = $2::jsonb WHERE accord_id = $1 AND seq = 7`,
        [n.accordId, payload],
      );
      expect(await verify()).toMatchObject({ ok: true });

      await db.query(`ALTER TABLE accord_event DROP CONSTRAINT accord_event_seq_check`);
      await db.query(
        `UPDATE accord_event SET seq = -seq WHERE accord_id = $1 AND seq IN (10, 11)`,
        [n.accordId],
      );
      await db.query(`UPDATE accord_event SET seq = 11 WHERE accord_id = $1 AND seq = -10`, [
        n.accordId,
      ]);
      await db.query(`UPDATE accord_event SET seq = 10 WHERE accord_id = $1 AND seq = -11`, [
        n.accordId,
      ]);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 10 });
      // Swap back: the row now at 11 was at 10.
      await db.query(
        `UPDATE accord_event SET seq = -seq WHERE accord_id = $1 AND seq IN (10, 11)`,
        [n.accordId],
      );
      await db.query(`UPDATE accord_event SET seq = 10 WHERE accord_id = $1 AND seq = -11`, [
        n.accordId,
      ]);
      await db.query(`UPDATE accord_event SET seq = 11 WHERE accord_id = $1 AND seq = -10`, [
        n.accordId,
      ]);
      expect(await verify()).toMatchObject({ ok: true });

      await db.query(`DELETE FROM accord_event WHERE accord_id = $1 AND seq = 15`, [n.accordId]);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: 15, checked: 14 });
    } finally {
      await db.query(`ALTER TABLE accord_event ENABLE TRIGGER accord_event_no_rewrite`);
    }
  });
});
