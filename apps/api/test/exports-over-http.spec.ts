import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Discussion } from './support/discussion.js';
import { expectData, Given, type PartyList, type TestUser } from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { downloadExport, postGraphql } from './support/raw-http.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const EXPORT = `query($a: ID!, $f: ExportFormat!) { exportAccord(accordId: $a, format: $f) }`;
const withoutTime = (json: string) => ({ ...(JSON.parse(json) as object), exportedAt: null });

describe('exports over plain HTTP, and their cost in GraphQL', () => {
  let api: TestApp;
  let accordId: string;
  let facilitator: TestUser;
  let parties: PartyList<{ GOVERNMENT: 2; CIVIL_SOCIETY: 1 }>;
  let outsider: TestUser;

  beforeAll(async () => {
    api = await startTestApp();
    const given = new Given(api);
    ({ accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
    }));
    outsider = await given.user('Outsider');
    const n = new Negotiation(api, accordId, facilitator);
    const amendment = await n.propose(parties[0], {
      kind: 'ADD_CLAUSE',
      text: 'States should not conduct or knowingly support ICT activity that damages critical infrastructure.',
      force: 'VOLUNTARY',
    });
    // A log of some length: more than one page of events is read as the JSON is written.
    const discussion = new Discussion(api, accordId);
    for (let round = 0; round < 70; round++) {
      await Promise.all(
        parties.map((p, i) =>
          discussion.post(p.representative, {
            amendmentId: amendment.id,
            body: `Round ${round}, delegation ${i}: <b>*not* markup</b> & "quotes"`,
          }),
        ),
      );
    }
  });
  afterAll(() => api.close());

  it('streams the JSON export, the same record as exportAccord, as an attachment', async () => {
    const download = await downloadExport(
      api,
      accordId,
      'export.json',
      parties[1].representative.token,
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="tech-accord.json"',
    );
    expect(download.headers.get('cache-control')).toBe('no-store');
    // Written as it is read: no length known in advance.
    expect(download.headers.get('content-length')).toBeNull();
    expect(download.headers.get('transfer-encoding')).toBe('chunked');

    const viaGraphql = expectData(
      await api.gql<{ exportAccord: string }>(
        EXPORT,
        { a: accordId, f: 'JSON' },
        parties[1].representative.token,
      ),
    ).exportAccord;
    expect(withoutTime(download.text)).toEqual(withoutTime(viaGraphql));
    const record = JSON.parse(download.text) as {
      events: { seq: number }[];
      hashChain: { head: { seq: number } };
    };
    expect(record.events.map((e) => e.seq)).toEqual(
      Array.from({ length: record.hashChain.head.seq }, (_, i) => i + 1),
    );
  });

  it('serves Markdown and Akoma Ntoso with their types', async () => {
    const token = facilitator.token;
    const markdown = await downloadExport(api, accordId, 'export.md', token);
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('content-disposition')).toBe(
      'attachment; filename="tech-accord.md"',
    );
    expect(markdown.text).toMatch(/^# Tech Accord/);
    const akn = await downloadExport(api, accordId, 'export.akn.xml', token);
    expect(akn.status).toBe(200);
    expect(akn.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(akn.headers.get('content-disposition')).toBe(
      'attachment; filename="tech-accord.akn.xml"',
    );
    expect(akn.text).toContain(
      '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
    );
  });

  it('refuses without a valid token, and answers a hidden accord as a missing one', async () => {
    const anonymous = await downloadExport(api, accordId, 'export.json', null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(JSON.parse(anonymous.text)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await downloadExport(api, accordId, 'export.json', 'not-a-token')).status).toBe(401);

    const hidden = await downloadExport(api, accordId, 'export.json', outsider.token);
    const missing = await downloadExport(api, randomUUID(), 'export.json', outsider.token);
    const notAnId = await downloadExport(api, 'nonsense', 'export.json', outsider.token);
    for (const refused of [hidden, missing, notAnId]) {
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.text)).toEqual({
        error: { code: 'NOT_FOUND', reason: 'ACCORD_NOT_FOUND', message: 'Accord not found' },
      });
    }
    expect((await downloadExport(api, accordId, 'export.pdf', facilitator.token)).status).toBe(404);
  });

  it('keeps /health answering while ten exports stream at once', async () => {
    const token = facilitator.token;
    const exports = Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        downloadExport(api, accordId, i % 2 ? 'export.json' : 'export.md', token),
      ),
    );
    const health = await Promise.all(
      Array.from({ length: 5 }, () => fetch(`${api.url}/health`).then((r) => r.status)),
    );
    expect(health).toEqual([200, 200, 200, 200, 200]);
    expect((await exports).map((d) => d.status)).toEqual(Array(10).fill(200));
  });

  describe('the cost of export and history fields in one GraphQL operation', () => {
    it('refuses two exports in one operation with a clear reason', async () => {
      const refused = await postGraphql(
        api,
        `query($a: ID!) { json: exportAccord(accordId: $a, format: JSON)
                          markdown: exportAccord(accordId: $a, format: MARKDOWN) }`,
        { a: accordId },
        { token: facilitator.token },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors).toHaveLength(1);
      expect(refused.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/one exportAccord \(this one holds 2\)/),
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'QUERY_TOO_EXPENSIVE',
          maxCost: 20000,
          cost: expect.any(Number),
        },
      });
    });

    it('counts exports through fragments too', async () => {
      const refused = await postGraphql(
        api,
        `query($a: ID!) { ...Md ... on Query { xml: exportAccord(accordId: $a, format: AKOMA_NTOSO) } }
         fragment Md on Query { md: exportAccord(accordId: $a, format: MARKDOWN) }`,
        { a: accordId },
        { token: facilitator.token },
      );
      expect(refused.body.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_EXPENSIVE');
    });

    it('prices history by what it reads: one export with a page of events passes, ten verifications do not', async () => {
      const one = await api.gql(
        `query($a: ID!) { exportAccord(accordId: $a, format: JSON) accordEvents(accordId: $a, first: 100) { seq } }`,
        { a: accordId },
        facilitator.token,
      );
      expect(one.errors).toBeUndefined();
      const verifications = Array.from(
        { length: 10 },
        (_, i) => `v${i}: verifyHistory(accordId: $a) { ok }`,
      );
      const tooMany = await api.gql(
        `query($a: ID!) { ${verifications.join(' ')} }`,
        { a: accordId },
        facilitator.token,
      );
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({ reason: 'QUERY_TOO_EXPENSIVE' });
    });
  });

  it('counts a download against the caller’s operations', async () => {
    const limited = await startTestApp({ PLENARY_LIMIT_OPERATIONS: '25' });
    try {
      const given = new Given(limited);
      const { accordId: id, facilitator: owner } = await given.accordWithParties({
        parties: { GOVERNMENT: 1 },
      });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await downloadExport(limited, id, 'export.md', owner.token)).status);
      }
      // The facilitator's own operations used some; an export weighs ten.
      expect(statuses).toContain(429);
      const refused = await downloadExport(limited, id, 'export.md', owner.token);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(JSON.parse(refused.text)).toMatchObject({
        error: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: Number(refused.headers.get('retry-after')),
        },
      });
    } finally {
      await limited.close();
    }
  });
});
