import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccordReadCache } from '../src/read-cache/read-cache.module.js';
import {
  expectData,
  expectError,
  Given,
  type TestParty,
  type TestUser,
} from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { statementsDuring } from './support/statement-count.js';
import { BACKGROUND_JOBS_ASLEEP, startTestApp, type TestApp } from './support/test-app.js';

const ACCORD_VIEWER = `query AccordViewer($id: ID!) { accord(id: $id) { id
  viewerIsFacilitator viewerCanAmend viewerVotingOrganizations { id } } }`;
const AMENDMENT_VIEWER = `query AmendmentViewer($id: ID!) { amendment(id: $id) { id status
  viewerCanVote viewerCanOpenVoting viewerCanCloseVoting viewerCanWithdraw viewerCanRebase
  viewerBallots { choice explanation organization { id } receipt { seq hash } } } }`;
/** The accord page with every amendment's viewer fields: its statements must not grow with them. */
const PAGE = `query Page($id: ID!) { accord(id: $id) { id viewerIsFacilitator viewerCanAmend
  viewerVotingOrganizations { id name }
  amendments { id status viewerCanVote viewerCanOpenVoting viewerCanCloseVoting viewerCanWithdraw
    viewerCanRebase viewerBallots { choice organization { id } receipt { seq } } } } }`;

describe('viewer fields', () => {
  let api: TestApp;
  let given: Given;
  let cache: AccordReadCache['cache'];
  let accordId: string;
  let facilitator: TestUser;
  let parties: [TestParty, TestParty];
  let observer: TestParty;
  let n: Negotiation;
  /** Plain members (not representatives) of the first and of the second party. */
  let members: [TestUser, TestUser];
  let outsider: TestUser;
  let clauseId: string;

  beforeAll(async () => {
    api = await startTestApp(BACKGROUND_JOBS_ASLEEP);
    cache = api.app.get(AccordReadCache).cache;
    given = new Given(api);
    let observers: TestParty[];
    ({ accordId, facilitator, parties, observers } = await given.accordWithParties({
      parties: { GOVERNMENT: 2 },
      observers: 1,
    }));
    observer = elementAt(observers, 0);
    members = [await given.user('Member one'), await given.user('Member two')];
    for (const [i, member] of members.entries()) {
      const party = elementAt(parties, i);
      await given.member(party.representative, party.organizationId, member);
    }
    outsider = await given.user('Outsider');
    n = new Negotiation(api, accordId, facilitator);
    clauseId = await n.adoptClause(parties[0], 'States should refrain.', parties);
  });

  afterAll(() => api?.close());

  const accordAs = async (user: TestUser) =>
    expectData(await api.gql(ACCORD_VIEWER, { id: accordId }, user.token)).accord;
  const amendmentAs = async (user: TestUser, id: string) =>
    expectData(await api.gql(AMENDMENT_VIEWER, { id }, user.token)).amendment;
  const propose = (by: TestParty) =>
    n.propose(by, {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: 'States shall refrain.',
    });

  it('say who facilitates, who may propose, and for whom each may vote', async () => {
    expect(await accordAs(facilitator)).toMatchObject({
      viewerIsFacilitator: true,
      viewerCanAmend: false,
      viewerVotingOrganizations: [],
    });
    expect(await accordAs(parties[0].representative)).toMatchObject({
      viewerIsFacilitator: false,
      viewerCanAmend: true,
      viewerVotingOrganizations: [{ id: parties[0].organizationId }],
    });
    expect(await accordAs(members[0])).toMatchObject({
      viewerCanAmend: true,
      viewerVotingOrganizations: [],
    });
    expect(await accordAs(observer.representative)).toMatchObject({
      viewerIsFacilitator: false,
      viewerCanAmend: false,
      viewerVotingOrganizations: [],
    });
  });

  it('are refused with the accord to whoever may not see it, and to anonymous callers', async () => {
    expectError(await api.gql(ACCORD_VIEWER, { id: accordId }, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(ACCORD_VIEWER, { id: accordId }), 'UNAUTHENTICATED');
    const { id } = await propose(parties[1]);
    expectError(await api.gql(AMENDMENT_VIEWER, { id }, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(AMENDMENT_VIEWER, { id }), 'UNAUTHENTICATED');
  });

  it('follow the amendment through its vote, as its mutations would answer', async () => {
    const { id } = await propose(parties[0]);
    const author = parties[0].representative;
    expect(await amendmentAs(author, id)).toMatchObject({
      viewerCanWithdraw: true,
      viewerCanRebase: true,
      viewerCanOpenVoting: false,
      viewerCanVote: false,
    });
    expect(await amendmentAs(facilitator, id)).toMatchObject({
      viewerCanOpenVoting: true,
      viewerCanCloseVoting: false,
      viewerCanWithdraw: false,
    });
    // What the field says, the mutation does: the author may not open the vote.
    expectError(await n.openRaw(id, undefined, author.token), 'FORBIDDEN');

    await n.open(id);
    expect(await amendmentAs(author, id)).toMatchObject({
      viewerCanVote: true,
      // Still the author's to withdraw, but its text is frozen.
      viewerCanWithdraw: true,
      viewerCanRebase: false,
      viewerBallots: [],
    });
    expect(await amendmentAs(facilitator, id)).toMatchObject({
      viewerCanOpenVoting: false,
      viewerCanCloseVoting: true,
      viewerCanVote: false,
    });
    expect(await amendmentAs(members[0], id)).toMatchObject({ viewerCanVote: false });
    expect(await amendmentAs(observer.representative, id)).toMatchObject({ viewerCanVote: false });

    await n.vote(parties[0], id, 'FOR', 'We drafted it.');
    const mine = await amendmentAs(author, id);
    expect(mine.viewerBallots).toEqual([
      {
        choice: 'FOR',
        explanation: 'We drafted it.',
        organization: { id: parties[0].organizationId },
        receipt: { seq: expect.any(Number), hash: expect.any(String) },
      },
    ]);
    // Another party's representative, and a member who does not vote, see no one's ballot.
    expect((await amendmentAs(parties[1].representative, id)).viewerBallots).toEqual([]);
    expect((await amendmentAs(members[0], id)).viewerBallots).toEqual([]);

    await n.close(id);
    expect(await amendmentAs(facilitator, id)).toMatchObject({
      viewerCanOpenVoting: false,
      viewerCanCloseVoting: false,
    });
    expect(await amendmentAs(author, id)).toMatchObject({
      viewerCanVote: false,
      viewerCanWithdraw: false,
      viewerCanRebase: false,
    });
  });

  it('never give away a secret ballot: its own representative gets its receipt, not its choice', async () => {
    const secret = await given.accordWithParties({
      rule: { kind: 'SIMPLE_MAJORITY', secretBallot: true },
      parties: { CIVIL_SOCIETY: 3 },
    });
    const [ngo, other] = secret.parties;
    const vote = new Negotiation(api, secret.accordId, secret.facilitator);
    const { id } = await vote.propose(ngo, {
      kind: 'ADD_CLAUSE',
      text: 'Everyone should know.',
      force: 'VOLUNTARY',
    });
    await vote.open(id);
    await vote.vote(ngo, id, 'AGAINST');
    const [receipt] = expectData(
      await api.gql(
        `query($m: ID!) { myBallotReceipts(amendmentId: $m) { seq hash } }`,
        { m: id },
        ngo.representative.token,
      ),
    ).myBallotReceipts;
    const ballotsOf = async (user: TestUser) =>
      (await amendmentAs(user, id)).viewerBallots as Record<string, unknown>[];
    expect(await ballotsOf(ngo.representative)).toEqual([
      { choice: null, explanation: null, organization: { id: ngo.organizationId }, receipt },
    ]);
    expect(await ballotsOf(other.representative)).toEqual([]);
    expect(await ballotsOf(secret.facilitator)).toEqual([]);
    await vote.close(id);
    expect((await ballotsOf(ngo.representative))[0]).toMatchObject({ choice: null });
  });

  describe('in the read cache', () => {
    const read = async (query: string, id: string, user: TestUser) => {
      const before = cache.hits;
      const data = expectData(await api.gql(query, { id }, user.token));
      return { data, hit: cache.hits > before };
    };

    it('are shared by callers who stand alike, and never by others', async () => {
      await n.open((await propose(parties[1])).id); // a change: nothing cached from before
      const first = await read(PAGE, accordId, members[0]);
      expect(first.hit).toBe(false);
      // Another party's plain member stands alike: may propose, may not vote, sees no ballot.
      const second = await read(PAGE, accordId, members[1]);
      expect(second).toEqual({ data: first.data, hit: true });

      const rep0 = await read(PAGE, accordId, parties[0].representative);
      const rep1 = await read(PAGE, accordId, parties[1].representative);
      expect([rep0.hit, rep1.hit]).toEqual([false, false]);
      expect(rep0.data.accord.viewerVotingOrganizations).toEqual([
        { id: parties[0].organizationId, name: parties[0].name },
      ]);
      expect(rep1.data.accord.viewerVotingOrganizations).toEqual([
        { id: parties[1].organizationId, name: parties[1].name },
      ]);
      // Each again, from the cache: his own answer, not the other's.
      expect(await read(PAGE, accordId, parties[0].representative)).toEqual({ ...rep0, hit: true });
      expect(await read(PAGE, accordId, parties[1].representative)).toEqual({ ...rep1, hit: true });
      const facilitatorPage = await read(PAGE, accordId, facilitator);
      expect(facilitatorPage.hit).toBe(false);
      expect(facilitatorPage.data.accord.viewerIsFacilitator).toBe(true);
    });

    it('keep apart the authors of amendments, for withdraw and rebase', async () => {
      await propose(parties[0]);
      const author = await read(AMENDMENT_VIEWER_OF_ACCORD, accordId, parties[0].representative);
      const member = await read(AMENDMENT_VIEWER_OF_ACCORD, accordId, members[0]);
      expect(member.hit).toBe(false);
      const canWithdraw = (answer: typeof author) =>
        (answer.data.accord.amendments as { viewerCanWithdraw: boolean }[]).some(
          (a) => a.viewerCanWithdraw,
        );
      expect([canWithdraw(author), canWithdraw(member)]).toEqual([true, false]);
    });

    it('follow a change of standing at once (membership is logged in the accord)', async () => {
      const newcomer = await given.user('Newcomer');
      await given.member(parties[1].representative, parties[1].organizationId, newcomer);
      const before = await read(ACCORD_VIEWER, accordId, newcomer);
      expect(before.data.accord.viewerVotingOrganizations).toEqual([]);
      // The same standing as the other plain member: served from his answer.
      expect(await read(ACCORD_VIEWER, accordId, members[1])).toEqual({ ...before, hit: true });
      // He becomes a representative of the other party: his next read says so.
      await given.member(
        parties[0].representative,
        parties[0].organizationId,
        newcomer,
        'REPRESENTATIVE',
      );
      const after = await read(ACCORD_VIEWER, accordId, newcomer);
      expect(after.data.accord.viewerVotingOrganizations).toEqual([
        { id: parties[0].organizationId },
      ]);
      expect((await read(ACCORD_VIEWER, accordId, members[1])).data).toEqual(before.data);
    });
  });

  describe('statements per read', () => {
    const counting = (run: () => Promise<unknown>) => statementsDuring(api, run);

    it('do not grow with the number of amendments', async () => {
      const accordWith = async (amendments: number) => {
        const setup = await given.accordWithParties({ parties: { GOVERNMENT: 2 } });
        const drive = new Negotiation(api, setup.accordId, setup.facilitator);
        const [first, second] = setup.parties;
        const clause = await drive.adoptClause(first, 'Text.', setup.parties);
        for (let i = 0; i < amendments; i++) {
          const { id } = await drive.propose(i % 2 ? second : first, {
            kind: 'MODIFY_CLAUSE',
            clauseId: clause,
            baseVersion: 1,
            text: `Text ${i}.`,
          });
          await drive.open(id);
          await drive.vote(first, id, 'FOR');
        }
        return setup;
      };
      const small = await accordWith(1);
      const large = await accordWith(5);
      const readAs = (setup: typeof small) => () =>
        api.gql(PAGE, { id: setup.accordId }, setup.parties[0].representative.token);
      const few = await counting(readAs(small));
      const many = await counting(readAs(large));
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    });
  });
});

const AMENDMENT_VIEWER_OF_ACCORD = `query($id: ID!) { accord(id: $id) { id
  amendments { id viewerCanWithdraw viewerCanRebase } } }`;
