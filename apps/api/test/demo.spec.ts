import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { DELEGATES, DEMO_PASSWORD, FACILITATOR, OPERATOR } from '../src/demo/demo-content.js';
import { FINAL_ACCORD } from '../src/demo/demo-signatories.js';
import { DemoSeeder } from '../src/demo/demo-seed.js';
import { OperatorsService } from '../src/identity/operators.service.js';
import { expectData } from './support/factories.js';
import { elementAt } from './support/lists.js';
import { eventually } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the demo accord loaded on first start', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
    const operators = api.app.get(OperatorsService);
    await new DemoSeeder(`${api.url}/graphql`, (email) => operators.bootstrap(email)).run();
  });
  afterAll(() => api.close());

  it('gives every delegate a working sign-in and a negotiation in progress', async () => {
    const login = expectData(
      await api.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: elementAt(DELEGATES, 0).email, p: DEMO_PASSWORD },
      ),
    );
    const token = login.login.token as string;
    const { accords } = expectData(
      await api.gql(
        `{ accords { id title rule { kind } proposalsCloseAt viewerCanAmend participants { role } clauses { number current { version force } }
        amendments { id kind status newArticle { number after } comments { id references { written number } }
          baseMoved asItWouldApply { ontoVersion }
          appliedDifference { op } votingRounds { outcome ballots { choice } } } } }`,
        {},
        token,
      ),
    );
    expect(accords).toHaveLength(3);
    const accord = accords.find((a: { rule: { kind: string } }) => a.rule.kind === 'CHAMBERED');
    expect(accord.rule.kind).toBe('CHAMBERED');
    // Proposals for the second reading close in two weeks: still open to this party now.
    expect(Date.parse(accord.proposalsCloseAt)).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect(accord.viewerCanAmend).toBe(true);
    // A clause adopted after article 5 reads "5 bis"; the articles after it kept their numbers.
    expect(accord.clauses.map((c: { number: string }) => c.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '5 bis',
      '6',
      '7',
    ]);
    expect(
      accord.clauses.some(
        (c: { current: { version: number; force: string } }) =>
          c.current.version > 1 && c.current.force === 'BINDING',
      ),
    ).toBe(true);
    const statuses = accord.amendments.map((a: { status: string }) => a.status);
    expect(statuses).toEqual(expect.arrayContaining(['ADOPTED', 'REJECTED', 'VOTING', 'OPEN']));
    const voting = accord.amendments.find((a: { status: string }) => a.status === 'VOTING');
    expect(voting.comments.length).toBeGreaterThan(0);
    const cited = voting.comments.flatMap((c: { references: { written: string }[] }) =>
      c.references.map((r) => r.written),
    );
    expect(cited).toEqual(['6', '5 bis']);
    const proposed = accord.amendments.find(
      (a: { kind: string; status: string }) => a.kind === 'ADD_CLAUSE' && a.status === 'OPEN',
    );
    expect(proposed.newArticle).toEqual({ number: '8', after: '7' });
    // The clause moved under amendments: one shown as it would now apply, one adopted as merged,
    // one whose vote was suspended with its ballots kept.
    type Seen = {
      status: string;
      baseMoved: boolean;
      asItWouldApply: object | null;
      appliedDifference: object[] | null;
      votingRounds: { outcome: string | null; ballots: object[] }[];
    };
    const amendments = accord.amendments as Seen[];
    expect(amendments.some((a) => a.status === 'OPEN' && a.baseMoved && a.asItWouldApply)).toBe(
      true,
    );
    expect(amendments.some((a) => a.status === 'ADOPTED' && a.appliedDifference)).toBe(true);
    expect(
      amendments.some(
        (a) =>
          a.status === 'CONFLICT' &&
          a.votingRounds.length === 1 &&
          a.votingRounds[0]?.outcome === 'SUSPENDED' &&
          a.votingRounds[0]?.ballots.length === 3,
      ),
    ).toBe(true);
    const verification = expectData(
      await api.gql(
        `query($a: ID!) { verifyHistory(accordId: $a) { ok checked checkpointsVerified } }`,
        { a: accord.id },
        token,
      ),
    );
    expect(verification.verifyHistory.ok).toBe(true);
    expect(verification.verifyHistory.checkpointsVerified).toBeGreaterThanOrEqual(3);

    // The first delegate voted on the vote in progress: his receipt is there, and checks.
    const { myBallotReceipts } = expectData(
      await api.gql(
        `query($m: ID!) { myBallotReceipts(amendmentId: $m) { accordId seq hash } }`,
        { m: voting.id },
        token,
      ),
    );
    expect(myBallotReceipts).toHaveLength(1);
    const [receipt] = myBallotReceipts;
    const { checkReceipt } = expectData(
      await api.gql(
        `query($a: ID!, $s: Int!, $h: String!) { checkReceipt(accordId: $a, seq: $s, hash: $h) { inChain chainOk } }`,
        { a: receipt.accordId, s: receipt.seq, h: receipt.hash },
        token,
      ),
    );
    expect(checkReceipt).toEqual({ inChain: true, chainOk: true });
  });

  it('shows who speaks for whom: verified parties, an unverified observer, an impostor waiting, pending invitations', async () => {
    const signIn = async (email: string) =>
      expectData(
        await api.gql(
          `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
          { e: email, p: DEMO_PASSWORD },
        ),
      ).login.token as string;
    const delegate = await signIn(elementAt(DELEGATES, 0).email);
    const { accords } = expectData(
      await api.gql(
        `{ accords { participants { role organization { name verified } } } }`,
        {},
        delegate,
      ),
    );
    const participants = accords[0].participants as {
      role: string;
      organization: { verified: boolean };
    }[];
    expect(
      participants.filter((p) => p.role === 'PARTY').every((p) => p.organization.verified),
    ).toBe(true);
    expect(
      participants.filter((p) => p.role === 'OBSERVER').map((p) => p.organization.verified),
    ).toEqual([false]);

    const operator = await signIn(OPERATOR.email);
    const queue = expectData(
      await api.gql(`{ organizationsAwaitingVerification { name } }`, {}, operator),
    ).organizationsAwaitingVerification.map((o: { name: string }) => o.name);
    expect(queue).toEqual(
      expect.arrayContaining(['Republic of Aurelia', 'Geneva Institute for Cyber Policy']),
    );

    const observer = await signIn('institute@plenary.demo');
    const invitations = expectData(
      await api.gql(`{ me { invitations { organization { name } } } }`, {}, observer),
    ).me.invitations;
    expect(invitations).toEqual([{ organization: { name: 'Digital Rights Watch' } }]);
    const aurelia = expectData(
      await api.gql(
        `{ me { memberships { organization { invitations { email } } } } }`,
        {},
        delegate,
      ),
    ).me.memberships[0].organization.invitations;
    expect(aurelia).toEqual([{ email: 'deputy@aurelia.gov.example' }]);
  });

  it('has a second accord voted by secret ballot: one result published, one vote sealed', async () => {
    const token = expectData(
      await api.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: elementAt(DELEGATES, 5).email, p: DEMO_PASSWORD },
      ),
    ).login.token as string;
    const { accords } = expectData(
      await api.gql(
        `{ accords { title rule { secretBallot } smallChambers { group parties }
           amendments { status tally { sealed for cast eligible
             chambers { group for voted revealsVotes } } } } }`,
        {},
        token,
      ),
    );
    const secret = accords.find((a: { rule: { secretBallot: boolean } }) => a.rule.secretBallot);
    expect(secret.smallChambers).toEqual([
      { group: 'PRIVATE_SECTOR', parties: 2 },
      { group: 'CIVIL_SOCIETY', parties: 2 },
    ]);
    const [adopted, voting] = secret.amendments;
    expect(adopted).toMatchObject({ status: 'ADOPTED', tally: { sealed: false, for: 5 } });
    expect(voting).toMatchObject({
      status: 'VOTING',
      tally: { sealed: true, for: null, cast: 4, eligible: 7 },
    });
    expect(voting.tally.chambers.map((c: { revealsVotes: boolean }) => c.revealsVotes)).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('has co-sponsored amendments: one backed across three groups with +1s, one awaiting an answer', async () => {
    const token = expectData(
      await api.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: 'rights@plenary.demo', p: DEMO_PASSWORD },
      ),
    ).login.token as string;
    const { accords } = expectData(
      await api.gql(
        `{ accords { rule { kind } amendments { status onBehalfOf { name }
           sponsors { status organization { name } } sponsorGroups { group count }
           supporters { name } viewerCoSponsorInvitations { name } } } }`,
        {},
        token,
      ),
    );
    type Seen = {
      status: string;
      onBehalfOf: { name: string };
      sponsors: { status: string }[];
      sponsorGroups: { group: string; count: number }[];
      supporters: { name: string }[];
      viewerCoSponsorInvitations: { name: string }[];
    };
    const amendments = accords.find((a: { rule: { kind: string } }) => a.rule.kind === 'CHAMBERED')
      .amendments as Seen[];
    const acrossGroups = amendments.find((a) => a.sponsorGroups.length === 3);
    expect(acrossGroups?.sponsorGroups).toEqual([
      { group: 'GOVERNMENT', count: 2 },
      { group: 'CIVIL_SOCIETY', count: 1 },
      { group: 'PRIVATE_SECTOR', count: 1 },
    ]);
    expect(acrossGroups?.supporters.length).toBeGreaterThanOrEqual(2);
    const awaiting = amendments.filter((a) => a.viewerCoSponsorInvitations.length > 0);
    expect(awaiting.map((a) => a.viewerCoSponsorInvitations)).toEqual([
      [{ name: 'Digital Rights Watch' }],
    ]);
    expect(awaiting[0]?.sponsors.map((s) => s.status)).toEqual(['ACCEPTED', 'DECLINED', 'INVITED']);
  });

  it("leaves delegates unread notifications from the demo's own events, their mail written to the log", async () => {
    const db = api.app.get(DataSource);
    // The worker derives the demo's log in the background; its mail goes to the log.
    const [busiest] = await eventually(
      () =>
        db.query<{ email: string; count: number }[]>(
          `SELECT u.email, count(*)::int AS count FROM notification n
           JOIN app_user u ON u.id = n.recipient_id
           WHERE NOT EXISTS (SELECT 1 FROM accord a LEFT JOIN notification_cursor c ON c.accord_id = a.id
                             WHERE a.last_seq > coalesce(c.derived_seq, 0))
             AND NOT EXISTS (SELECT 1 FROM mail_outbox WHERE sent_at IS NULL)
           GROUP BY u.email ORDER BY count DESC`,
        ),
      (rows) => rows.length > 0,
      'the demo derived and its mail logged',
    );
    expect(busiest?.email).toMatch(/@plenary\.demo$/);
    const token = expectData(
      await api.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: busiest?.email, p: DEMO_PASSWORD },
      ),
    ).login.token as string;
    expect(expectData(await api.gql(`{ unreadNotificationCount }`, {}, token))).toEqual({
      unreadNotificationCount: busiest?.count,
    });
  });

  it('has a final accord signed across three stakeholder groups, with reports and a public page', async () => {
    const token = expectData(
      await api.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: elementAt(DELEGATES, 0).email, p: DEMO_PASSWORD },
      ),
    ).login.token as string;
    const { accords } = expectData(
      await api.gql(
        `{ accords { title finalDeclaration { seq } publicPage { path jsonPath }
           signatures { statement reservations { number } organization { group } }
           implementationReports { status } } }`,
        {},
        token,
      ),
    );
    const final = accords.find((a: { finalDeclaration: unknown }) => a.finalDeclaration);
    expect(final.title).toBe(FINAL_ACCORD.title);
    const groups = new Set(
      final.signatures.map((s: { organization: { group: string } }) => s.organization.group),
    );
    expect([...groups].sort()).toEqual(['CIVIL_SOCIETY', 'GOVERNMENT', 'PRIVATE_SECTOR']);
    expect(
      final.signatures.flatMap((s: { reservations: { number: string }[] }) => s.reservations),
    ).toEqual([{ number: '2' }]);
    expect(final.implementationReports.length).toBeGreaterThanOrEqual(3);
    const page = await fetch(`${api.url}${final.publicPage.jsonPath}`);
    expect(page.status).toBe(200);
    const document = (await page.json()) as {
      signatories: unknown[];
      incidentMatrix: { incidents: { name: string }[]; cells: { total: number }[] };
    };
    expect(document.signatories).toHaveLength(4);
    // WannaCry weighed against the Charter: counts only, no reasoning on the public page.
    expect(document.incidentMatrix.incidents.map((i) => i.name)).toEqual(['WannaCry']);
    expect(document.incidentMatrix.cells.map((c) => c.total).sort()).toEqual([0, 0, 1, 3]);
    expect(JSON.stringify(document)).not.toContain('stolen');
  });

  it('has the three incidents of the study, assessed by governments, companies and civil society, with disagreements', async () => {
    const token = expectData(
      await api.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: 'aurelia@plenary.demo', p: DEMO_PASSWORD },
      ),
    ).login.token as string;
    const { accords } = expectData(
      await api.gql(
        `{ accords { id rule { secretBallot } incidents { name startedOn revision actors { attribution }
           responses { kind } assessments { organization { group } norm { key } } } } }`,
        {},
        token,
      ),
    );
    type Seen = {
      id: string;
      rule: { secretBallot: boolean };
      incidents: {
        name: string;
        startedOn: string;
        revision: number;
        actors: { attribution: string }[];
        responses: { kind: string }[];
        assessments: { organization: { group: string }; norm: { key: string } | null }[];
      }[];
    };
    const accord = (accords as Seen[]).find((a) => a.incidents.some((i) => i.name === 'Stuxnet'))!;
    expect(accord.incidents.map((i) => [i.name, i.startedOn.slice(0, 4)])).toEqual([
      ['Stuxnet', '2010'],
      ['Sony Pictures Entertainment hack', '2014'],
      ['WannaCry', '2017'],
    ]);
    for (const incident of accord.incidents)
      expect(new Set(incident.assessments.map((a) => a.organization.group))).toEqual(
        new Set(['GOVERNMENT', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY']),
      );
    // Against UN GGE 2015 norms too: WannaCry against 13(f), by a state and an NGO.
    const wannaCry = accord.incidents.find((i) => i.name === 'WannaCry')!;
    // Its facts were revised once, when the 2018 indictment came: the last response.
    expect(wannaCry.revision).toBe(2);
    expect(wannaCry.responses.at(-1)?.kind).toBe('INDICTMENT');
    expect(
      new Set(
        wannaCry.assessments
          .filter((a) => a.norm?.key === '13(f)')
          .map((a) => a.organization.group),
      ),
    ).toEqual(new Set(['GOVERNMENT', 'CIVIL_SOCIETY']));
    const { incidentMatrix } = expectData(
      await api.gql(
        `query($a: ID!) { incidentMatrix(accordId: $a) { cells { total groupsDisagree } } }`,
        { a: accord.id },
        token,
      ),
    );
    const cells = incidentMatrix.cells as { total: number; groupsDisagree: boolean }[];
    expect(cells.filter((c) => c.groupsDisagree).length).toBeGreaterThanOrEqual(2);
  });

  it('has the UN GGE 2015 norms, the Digital Geneva Convention and the Tech Accord as frameworks, the accord compared with them', async () => {
    const login = expectData(
      await api.gql(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        { e: FACILITATOR.email, p: DEMO_PASSWORD },
      ),
    );
    const token = login.login.token as string;
    const { frameworks, accords } = expectData(
      await api.gql(
        `{ frameworks { id shortName norms { key force } } accords { id rule { kind } } }`,
        {},
        token,
      ),
    );
    const named = (shortName: string) =>
      frameworks.find((f: { shortName: string }) => f.shortName === shortName);
    expect(named('UN GGE 2015').norms).toHaveLength(11);
    expect(named('DGC 2017').norms.map((n: { force: string }) => n.force)).toEqual(
      Array(6).fill('BINDING'),
    );
    expect(named('Tech Accord 2018').norms).toHaveLength(4);
    const accord = accords.find((a: { rule: { kind: string } }) => a.rule.kind === 'CHAMBERED');
    const { frameworkComparison } = expectData(
      await api.gql(
        `query($a: ID!, $f: [ID!]!) { frameworkComparison(accordId: $a, frameworkIds: $f) {
           frameworks { norms { norm { key } coverage } } } }`,
        { a: accord.id, f: [named('UN GGE 2015').id, named('DGC 2017').id] },
        token,
      ),
    );
    const [gge, dgc] = (
      frameworkComparison.frameworks as { norms: { norm: { key: string }; coverage: string }[] }[]
    ).map((column) => column.norms);
    const coverage = (rows: typeof gge, key: string) =>
      rows!.find((r) => r.norm.key === key)?.coverage;
    expect(coverage(gge, '13(f)')).toBe('STRONGER');
    expect(coverage(gge, '13(c)')).toBe('EQUIVALENT');
    expect(coverage(gge, '13(b)')).toBe('SILENT');
    expect(coverage(dgc, '1')).toBe('EQUIVALENT');
    expect(coverage(dgc, '3')).toBe('WEAKER');
    expect(coverage(dgc, '6')).toBe('SILENT');
  });
});
