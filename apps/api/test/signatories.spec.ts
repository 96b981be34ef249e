import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, Given, type TestParty, type TestUser } from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DECLARE = `mutation($a: ID!) { declareFinal(accordId: $a) { id finalDeclaration { seq hash textSeq declaredAt } } }`;
const SIGN = `mutation($input: SignAccordInput!) { signAccord(input: $input) { id seq statement reservations { clauseId number text } organization { id } } }`;
const REPORT = `mutation($input: ImplementationReportInput!) { fileImplementationReport(input: $input) { id status } }`;
const PUBLISH = `mutation($a: ID!) { publishAccord(accordId: $a) { id publicPage { slug path jsonPath publishedAt } } }`;
const UNPUBLISH = `mutation($a: ID!) { unpublishAccord(accordId: $a) { id publicPage { slug } } }`;
const NEW_VERSION = `mutation($a: ID!, $t: String) { startNewVersion(accordId: $a, title: $t) { id title previousVersion { id title } clauses { number current { text } } participants { organization { id } } } }`;
const PAGE = `query($a: ID!) { accord(id: $a) {
  finalDeclaration { seq textSeq }
  nextVersion { id title }
  signatures { organization { id group } statement reservations { number text } withdrawnAt }
  signatoryCounts { date group count }
  implementationReports { clauseId status text organization { id } }
  viewerSigningOrganizations { id }
  viewerSignatoryOrganizations { id }
} }`;

const refusal = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason }));

describe('a final text: signatories, adherence and the public page, over GraphQL and HTTP', () => {
  let api: TestApp;
  let given: Given;
  let accordId: string;
  let facilitator: TestUser;
  let state: TestParty;
  let company: TestParty;
  let ngo: TestParty;
  let observer: TestParty;
  let outsider: TestUser;
  let n: Negotiation;
  let articles: string[];

  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
    const made = await given.accordWithParties({
      rule: { kind: 'SIMPLE_MAJORITY', secretBallot: true },
      parties: { GOVERNMENT: 1, PRIVATE_SECTOR: 1, CIVIL_SOCIETY: 1 },
      observers: 1,
    });
    ({ accordId, facilitator } = made);
    state = elementAt(made.parties, 0);
    company = elementAt(made.parties, 1);
    ngo = elementAt(made.parties, 2);
    observer = elementAt(made.observers, 0);
    outsider = await given.user('Outsider');
    n = new Negotiation(api, accordId, facilitator);
    articles = [
      await n.adoptClause(state, 'States should not damage critical infrastructure.'),
      await n.adoptClause(company, 'Vendors should report vulnerabilities.'),
    ];
    expectData(
      await api.gql(
        `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`,
        { input: { accordId, clauseId: articles[0], body: 'PRIVATE-REMARK of the delegation' } },
        state.representative.token,
      ),
    );
  });

  afterAll(() => api?.close());

  it('only the facilitator declares the text final; then drafting and voting are refused with ACCORD_TEXT_FINAL', async () => {
    expect(refusal(await api.gql(DECLARE, { a: accordId }, state.representative.token))).toEqual([
      { code: 'FORBIDDEN', reason: 'NOT_THE_FACILITATOR' },
    ]);
    expect(refusal(await api.gql(DECLARE, { a: accordId }, outsider.token))).toEqual([
      { code: 'NOT_FOUND', reason: 'ACCORD_NOT_FOUND' },
    ]);
    const { declareFinal } = expectData(await api.gql(DECLARE, { a: accordId }, facilitator.token));
    expect(declareFinal.finalDeclaration).toMatchObject({
      seq: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(declareFinal.finalDeclaration.textSeq).toBe(declareFinal.finalDeclaration.seq - 1);
    const proposed = await n.proposeRaw(state, {
      kind: 'ADD_CLAUSE',
      text: 'Too late.',
      force: 'VOLUNTARY',
    });
    expect(refusal(proposed)).toEqual([{ code: 'CONFLICT', reason: 'ACCORD_TEXT_FINAL' }]);
    // The web app offers no proposal form any more.
    const viewer = expectData(
      await api.gql(
        `query($a: ID!) { accord(id: $a) { viewerCanAmend } }`,
        { a: accordId },
        state.representative.token,
      ),
    );
    expect(viewer.accord.viewerCanAmend).toBe(false);
    expect(refusal(await api.gql(DECLARE, { a: accordId }, facilitator.token))).toEqual([
      { code: 'CONFLICT', reason: 'ACCORD_TEXT_FINAL' },
    ]);
  });

  it('representatives sign with a statement and reservations; observers, outsiders and bad input are refused', async () => {
    const input = {
      accordId,
      organizationId: state.organizationId,
      statement: 'Signed in good faith.',
      reservations: [{ clauseId: articles[1], text: 'Subject to our disclosure law.' }],
    };
    expect(
      refusal(
        await api.gql(
          SIGN,
          { input: { ...input, organizationId: observer.organizationId, reservations: [] } },
          observer.representative.token,
        ),
      ),
    ).toEqual([{ code: 'FORBIDDEN', reason: 'NOT_A_PARTY' }]);
    expect(refusal(await api.gql(SIGN, { input }, outsider.token))).toEqual([
      { code: 'NOT_FOUND', reason: 'ACCORD_NOT_FOUND' },
    ]);
    expect(refusal(await api.gql(SIGN, { input }, company.representative.token))).toEqual([
      { code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' },
    ]);
    const blank = await api.gql(
      SIGN,
      { input: { ...input, reservations: [{ clauseId: articles[1], text: '' }] } },
      state.representative.token,
    );
    expect(refusal(blank)?.[0]?.code).toBe('BAD_USER_INPUT');
    const signed = expectData(
      await api.gql(SIGN, { input }, state.representative.token),
    ).signAccord;
    expect(signed).toMatchObject({
      statement: 'Signed in good faith.',
      reservations: [
        { clauseId: articles[1], number: '2', text: 'Subject to our disclosure law.' },
      ],
      organization: { id: state.organizationId },
    });
    expect(refusal(await api.gql(SIGN, { input }, state.representative.token))).toEqual([
      { code: 'CONFLICT', reason: 'ALREADY_SIGNED' },
    ]);
    expectData(
      await api.gql(
        SIGN,
        { input: { accordId, organizationId: ngo.organizationId } },
        ngo.representative.token,
      ),
    );
    const page = expectData(
      await api.gql(PAGE, { a: accordId }, state.representative.token),
    ).accord;
    expect(
      page.signatures.map((s: { organization: { group: string } }) => s.organization.group),
    ).toEqual(['GOVERNMENT', 'CIVIL_SOCIETY']);
    const today = new Date().toISOString().slice(0, 10);
    expect(page.signatoryCounts).toEqual([
      { date: today, group: 'GOVERNMENT', count: 1 },
      { date: today, group: 'CIVIL_SOCIETY', count: 1 },
    ]);
    expect(page.viewerSigningOrganizations).toEqual([]);
    expect(page.viewerSignatoryOrganizations).toEqual([{ id: state.organizationId }]);
    const companyView = expectData(
      await api.gql(PAGE, { a: accordId }, company.representative.token),
    );
    expect(companyView.accord.viewerSigningOrganizations).toEqual([{ id: company.organizationId }]);
  });

  it('two representatives of one company signing at once make one signature', async () => {
    const second = await given.user('Second company rep');
    await given.member(company.representative, company.organizationId, second, 'REPRESENTATIVE');
    const input = { accordId, organizationId: company.organizationId };
    const answers = await Promise.all(
      [company.representative, second].map((rep) => api.gql(SIGN, { input }, rep.token)),
    );
    expect(answers.filter((a) => a.data?.signAccord)).toHaveLength(1);
    expect(answers.flatMap((a) => refusal(a) ?? [])).toEqual([
      { code: 'CONFLICT', reason: 'ALREADY_SIGNED' },
    ]);
  });

  it('signatories report per article; the adherence table keeps the latest report of each', async () => {
    const report = (party: TestParty, clauseId: string, status: string, text: string) =>
      api.gql(
        REPORT,
        { input: { accordId, organizationId: party.organizationId, clauseId, status, text } },
        party.representative.token,
      );
    expect(refusal(await report(observer, articles[0]!, 'DONE', 'Not ours to say'))).toEqual([
      { code: 'FORBIDDEN', reason: 'NOT_A_PARTY' },
    ]);
    expect(refusal(await report(state, articles[0]!, 'FINISHED', 'x'))?.[0]?.code).toBe(
      'BAD_USER_INPUT',
    );
    expectData(await report(state, articles[0]!, 'NOT_STARTED', 'A plan is being drawn up.'));
    expectData(await report(state, articles[0]!, 'IN_PROGRESS', 'The plan is adopted.'));
    expectData(await report(ngo, articles[1]!, 'DONE', 'We publish our disclosure policy.'));
    const { accord } = expectData(await api.gql(PAGE, { a: accordId }, facilitator.token));
    expect(
      accord.implementationReports.map(
        (r: { clauseId: string; status: string; organization: { id: string } }) => [
          r.clauseId,
          r.organization.id,
          r.status,
        ],
      ),
    ).toEqual([
      [articles[0], state.organizationId, 'IN_PROGRESS'],
      [articles[1], ngo.organizationId, 'DONE'],
    ]);
  });

  it('the public page: published by the facilitator, read without a token, cacheable, with no private data', async () => {
    const { slugless } = { slugless: `${api.url}/public/accords/no-such-accord-00000000.json` };
    expect((await fetch(slugless)).status).toBe(404);
    expect(refusal(await api.gql(PUBLISH, { a: accordId }, state.representative.token))).toEqual([
      { code: 'FORBIDDEN', reason: 'NOT_THE_FACILITATOR' },
    ]);
    const { publicPage } = expectData(
      await api.gql(PUBLISH, { a: accordId }, facilitator.token),
    ).publishAccord;
    expect(publicPage.path).toBe(`/public/accords/${publicPage.slug}`);
    const url = `${api.url}${publicPage.jsonPath}`;

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^"\d+-[0-9a-f]{32}"$/);
    // The security headers hold on this route too.
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const body = await response.text();
    const page = JSON.parse(body);
    expect(page).toMatchObject({
      title: 'Tech Accord',
      articles: [
        { number: '1', text: 'States should not damage critical infrastructure.' },
        { number: '2', text: 'Vendors should report vulnerabilities.' },
      ],
    });
    expect(
      page.signatories.map((s: { organization: { group: string } }) => s.organization.group),
    ).toEqual(['GOVERNMENT', 'CIVIL_SOCIETY', 'PRIVATE_SECTOR']);
    expect(page.signatories[0].reservations).toEqual([
      { clauseId: articles[1], number: '2', text: 'Subject to our disclosure law.' },
    ]);
    expect(page.adherence).toHaveLength(2);

    // Nothing private: no email, no person, no ballot, no comment, no member.
    expect(body).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
    for (const user of [
      facilitator,
      state.representative,
      company.representative,
      ngo.representative,
    ])
      expect(body).not.toContain(user.id);
    expect(body).not.toContain('PRIVATE-REMARK');
    expect(body).not.toMatch(
      /"(email|displayName|ballots?|choice|comments?|members?|memberships|actorId|signedBy|reportedBy|facilitatorId|website)"/,
    );
    expect(body).not.toContain(observer.name);

    // Cached: the same head answers 304; a new report moves the head and the ETag.
    const again = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expectData(
      await api.gql(
        REPORT,
        {
          input: {
            accordId,
            organizationId: company.organizationId,
            clauseId: articles[1],
            status: 'DONE',
            text: 'Our bounty programme runs.',
          },
        },
        company.representative.token,
      ),
    );
    const moved = await fetch(url, { headers: { 'If-None-Match': etag! } });
    expect(moved.status).toBe(200);
    expect(moved.headers.get('etag')).not.toBe(etag);

    // Withdrawn: not found again, the same answer as for no accord at all.
    expect(
      refusal(await api.gql(UNPUBLISH, { a: accordId }, company.representative.token)),
    ).toEqual([{ code: 'FORBIDDEN', reason: 'NOT_THE_FACILITATOR' }]);
    expectData(await api.gql(UNPUBLISH, { a: accordId }, facilitator.token));
    const gone = await fetch(url);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('no-cache');
    expect(await gone.json()).toEqual(await (await fetch(slugless)).json());
  });

  it('a draft accord has no public page and cannot be published', async () => {
    const draft = await given.accord(facilitator, { kind: 'SIMPLE_MAJORITY' }, 'Draft protocol');
    expect(refusal(await api.gql(PUBLISH, { a: draft }, facilitator.token))).toEqual([
      { code: 'CONFLICT', reason: 'ACCORD_NOT_FINAL' },
    ]);
  });

  it('the exports carry the final declaration, the signatures with reservations and the reports', async () => {
    const EXPORT = `query($a: ID!, $f: ExportFormat!) { exportAccord(accordId: $a, format: $f) }`;
    const json = JSON.parse(
      expectData(await api.gql(EXPORT, { a: accordId, f: 'JSON' }, facilitator.token))
        .exportAccord as string,
    );
    expect(json.final).toMatchObject({ seq: expect.any(Number), hash: expect.any(String) });
    expect(json.signatures).toHaveLength(3);
    expect(json.signatures[0].reservations).toEqual([
      { clauseId: articles[1], number: '2', text: 'Subject to our disclosure law.' },
    ]);
    expect(json.implementationReports).toHaveLength(4);
    expect(json.events.some((e: { type: string }) => e.type === 'accord.declaredFinal')).toBe(true);
    const akn = expectData(
      await api.gql(EXPORT, { a: accordId, f: 'AKOMA_NTOSO' }, facilitator.token),
    ).exportAccord as string;
    expect(akn).toContain('<eventRef eId="evt_final"');
    expect(akn).toContain(
      '<reservation article="#art_2" number="2">Subject to our disclosure law.</reservation>',
    );

    // The Markdown export lists them too; a withdrawn signature stays, marked withdrawn.
    expectData(
      await api.gql(
        `mutation($a: ID!, $o: ID!, $r: String) { withdrawSignature(accordId: $a, organizationId: $o, reason: $r) { id } }`,
        { a: accordId, o: company.organizationId, r: 'Our board did not ratify it.' },
        company.representative.token,
      ),
    );
    const md = expectData(await api.gql(EXPORT, { a: accordId, f: 'MARKDOWN' }, facilitator.token))
      .exportAccord as string;
    const signatories = md.slice(md.indexOf('## Signatories'), md.indexOf('## Appendix'));
    const named = (party: TestParty) => party.name.replace(/_/g, '\\_');
    expect(signatories).toMatch(
      /^## Signatories\n\nText declared final on \d{4}-\d{2}-\d{2} \(event \d+/,
    );
    expect(signatories).toContain(
      `- **${named(state)}**, signed on ${new Date().toISOString().slice(0, 10)}`,
    );
    expect(signatories).toContain(
      '  - Statement: Signed in good faith.\n  - Reservation on article 2: Subject to our disclosure law.',
    );
    const withdrawn = signatories.split('\n').find((l) => l.startsWith(`- **${named(company)}**`));
    expect(withdrawn).toMatch(
      /, signed on \S+ \(event \d+\) — \*\*withdrawn\*\* on \S+ \(event \d+\)$/,
    );
    expect(signatories).toContain('  - Reason for withdrawing: Our board did not ratify it.');
    expect(signatories).toContain('### Implementation reports');
    expect(signatories).toContain(': in progress (');
    // Organizations only: nobody who signed or reported for them.
    for (const user of [state.representative, company.representative, ngo.representative]) {
      expect(md).not.toContain(user.id);
      expect(md).not.toContain(user.email);
    }
  });

  it('a new version starts from the final text with its participants, linked both ways', async () => {
    expect(
      refusal(await api.gql(NEW_VERSION, { a: accordId }, state.representative.token)),
    ).toEqual([{ code: 'FORBIDDEN', reason: 'NOT_THE_FACILITATOR' }]);
    const next = expectData(
      await api.gql(NEW_VERSION, { a: accordId, t: 'Tech Accord 2' }, facilitator.token),
    ).startNewVersion;
    expect(next).toMatchObject({
      title: 'Tech Accord 2',
      previousVersion: { id: accordId, title: 'Tech Accord' },
      clauses: [
        { number: '1', current: { text: 'States should not damage critical infrastructure.' } },
        { number: '2', current: { text: 'Vendors should report vulnerabilities.' } },
      ],
    });
    expect(next.participants).toHaveLength(4);
    const { accord } = expectData(await api.gql(PAGE, { a: accordId }, state.representative.token));
    expect(accord.nextVersion).toEqual({ id: next.id, title: 'Tech Accord 2' });
    // Its members see it, and may propose there again.
    const proposed = await new Negotiation(api, next.id, facilitator).proposeRaw(state, {
      kind: 'ADD_CLAUSE',
      text: 'States should assist one another.',
      force: 'VOLUNTARY',
    });
    expect(proposed.errors).toBeUndefined();
    expect(refusal(await api.gql(NEW_VERSION, { a: accordId }, facilitator.token))).toEqual([
      { code: 'CONFLICT', reason: 'NEXT_VERSION_EXISTS' },
    ]);
  });
});
