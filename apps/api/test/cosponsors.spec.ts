import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, Given, type TestParty } from './support/factories.js';
import { elementAt } from './support/lists.js';
import { Negotiation } from './support/negotiation.js';
import { statementsDuring } from './support/statement-count.js';
import { BACKGROUND_JOBS_ASLEEP, startTestApp, type TestApp } from './support/test-app.js';

const INVITE = `mutation($a: ID!, $o: ID!) { inviteCoSponsor(amendmentId: $a, organizationId: $o) { id } }`;
const ANSWER = `mutation($a: ID!, $o: ID!, $yes: Boolean!) {
  answerCoSponsorship(amendmentId: $a, organizationId: $o, accept: $yes) { id } }`;
const SUPPORT = `mutation($a: ID!, $o: ID!) { supportAmendment(amendmentId: $a, organizationId: $o) { id } }`;
const WITHDRAW = `mutation($a: ID!, $o: ID!) { withdrawSupport(amendmentId: $a, organizationId: $o) { id } }`;
const SPONSORS = `query($id: ID!) { amendment(id: $id) { id onBehalfOf { id }
  sponsors { organization { id } status invitedAt answeredAt }
  sponsorGroups { group count } supporters { id } } }`;
/** Every amendment of an accord with its sponsors: the statements must not grow with them. */
const PAGE = `query($id: ID!) { accord(id: $id) { amendments { id
  sponsors { organization { id name } status } sponsorGroups { group count } supporters { id name } } } }`;
/** What the caller may do about its co-sponsors and support, as the page asks. */
const VIEWER = `query AmendmentSponsorsViewer($id: ID!) { amendment(id: $id) { id
  viewerCanInviteCoSponsor viewerCoSponsorInvitations { id }
  viewerSupportOptions { organization { id } supports } } }`;
const RULE = `mutation($id: ID!, $rule: DecisionRuleInput!) {
  setDecisionRule(accordId: $id, rule: $rule) { rule { kind minSponsors minSponsorGroups } } }`;

describe('co-sponsors and support over GraphQL', () => {
  let api: TestApp;
  let given: Given;

  beforeAll(async () => {
    api = await startTestApp(BACKGROUND_JOBS_ASLEEP);
    given = new Given(api);
  });
  afterAll(() => api?.close());

  async function givenAmendment() {
    const setup = await given.accordWithParties({
      parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 },
      observers: 1,
    });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const sponsor = elementAt(setup.parties, 0);
    const { id } = await n.propose(sponsor, {
      kind: 'ADD_CLAUSE',
      text: 'States shall share.',
      force: 'BINDING',
      position: 1,
    });
    return { ...setup, n, sponsor, amendmentId: id };
  }

  const as = (party: TestParty) => party.representative.token;

  it('lists invitations with their answers, the sponsoring groups and the supporters', async () => {
    const { parties, observers, sponsor, amendmentId: a } = await givenAmendment();
    const [, government, civil] = parties;
    const observer = elementAt(observers, 0);
    for (const invited of [government, civil])
      expectData(await api.gql(INVITE, { a, o: invited.organizationId }, as(sponsor)));
    expectData(
      await api.gql(ANSWER, { a, o: government.organizationId, yes: true }, as(government)),
    );
    expectData(await api.gql(SUPPORT, { a, o: observer.organizationId }, as(observer)));
    expectData(await api.gql(SUPPORT, { a, o: civil.organizationId }, as(civil)));
    expectData(await api.gql(WITHDRAW, { a, o: civil.organizationId }, as(civil)));

    const { amendment } = expectData(await api.gql(SPONSORS, { id: a }, as(observer)));
    expect(amendment).toEqual({
      id: a,
      onBehalfOf: { id: sponsor.organizationId },
      sponsors: [
        {
          organization: { id: government.organizationId },
          status: 'ACCEPTED',
          invitedAt: expect.any(String),
          answeredAt: expect.any(String),
        },
        {
          organization: { id: civil.organizationId },
          status: 'INVITED',
          invitedAt: expect.any(String),
          answeredAt: null,
        },
      ],
      sponsorGroups: [{ group: 'GOVERNMENT', count: 2 }],
      supporters: [{ id: observer.organizationId }],
    });
  });

  it('refuses strangers, non-authors, observers as co-sponsors and repeated asks, with clear codes', async () => {
    const { parties, observers, sponsor, amendmentId: a } = await givenAmendment();
    const [, government] = parties;
    const observer = elementAt(observers, 0);
    const outsider = await given.user('Outsider');
    const invite = { a, o: government.organizationId };
    expectError(await api.gql(INVITE, invite), 'UNAUTHENTICATED');
    expectError(await api.gql(INVITE, invite, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(SPONSORS, { id: a }, outsider.token), 'NOT_FOUND');
    const notAuthor = expectError(await api.gql(INVITE, invite, as(government)), 'FORBIDDEN');
    expect(notAuthor.extensions?.reason).toBe('NOT_THE_AUTHOR');
    const notParty = expectError(
      await api.gql(INVITE, { a, o: observer.organizationId }, as(sponsor)),
      'BAD_USER_INPUT',
    );
    expect(notParty.extensions?.reason).toBe('COSPONSOR_NOT_A_PARTY');
    const own = expectError(
      await api.gql(INVITE, { a, o: sponsor.organizationId }, as(sponsor)),
      'BAD_USER_INPUT',
    );
    expect(own.extensions?.reason).toBe('COSPONSOR_IS_SPONSOR');
    expectData(await api.gql(INVITE, invite, as(sponsor)));
    const again = expectError(await api.gql(INVITE, invite, as(sponsor)), 'CONFLICT');
    expect(again.extensions?.reason).toBe('COSPONSOR_ALREADY_INVITED');

    const answer = { a, o: government.organizationId, yes: false };
    expectError(await api.gql(ANSWER, answer, as(sponsor)), 'FORBIDDEN');
    expectData(await api.gql(ANSWER, answer, as(government)));
    const answered = expectError(await api.gql(ANSWER, answer, as(government)), 'CONFLICT');
    expect(answered.extensions?.reason).toBe('COSPONSORSHIP_ALREADY_ANSWERED');

    const support = { a, o: observer.organizationId };
    expectError(await api.gql(SUPPORT, support, as(government)), 'FORBIDDEN');
    expectData(await api.gql(SUPPORT, support, as(observer)));
    const twice = expectError(await api.gql(SUPPORT, support, as(observer)), 'CONFLICT');
    expect(twice.extensions?.reason).toBe('ALREADY_SUPPORTED');
    expectData(await api.gql(WITHDRAW, support, as(observer)));
    const none = expectError(await api.gql(WITHDRAW, support, as(observer)), 'CONFLICT');
    expect(none.extensions?.reason).toBe('NOT_SUPPORTED');
  });

  it('tells each viewer what he may do: invite (author), answer (invited representative), +1 (representatives)', async () => {
    const { parties, observers, sponsor, amendmentId: a } = await givenAmendment();
    const [, government, civil] = parties;
    const observer = elementAt(observers, 0);
    // A second representative of the sponsor who did not write it, and a plain member.
    const coRepresentative = await given.user('Co-representative');
    await given.member(
      sponsor.representative,
      sponsor.organizationId,
      coRepresentative,
      'REPRESENTATIVE',
    );
    const member = await given.user('Plain member');
    await given.member(government.representative, government.organizationId, member);
    const viewer = async (token: string) =>
      expectData(await api.gql(VIEWER, { id: a }, token)).amendment as {
        viewerCanInviteCoSponsor: boolean;
        viewerCoSponsorInvitations: { id: string }[];
        viewerSupportOptions: { organization: { id: string }; supports: boolean }[];
      };
    const option = (party: { organizationId: string }, supports: boolean) => ({
      organization: { id: party.organizationId },
      supports,
    });

    expect(await viewer(as(sponsor))).toEqual({
      id: a,
      viewerCanInviteCoSponsor: true,
      viewerCoSponsorInvitations: [],
      viewerSupportOptions: [option(sponsor, false)],
    });
    // Same organization and role, not the author: the read cache must not share the author's answer.
    expect((await viewer(coRepresentative.token)).viewerCanInviteCoSponsor).toBe(false);
    expect((await viewer(as(government))).viewerCoSponsorInvitations).toEqual([]);

    expectData(await api.gql(INVITE, { a, o: government.organizationId }, as(sponsor)));
    expect(await viewer(as(government))).toEqual({
      id: a,
      viewerCanInviteCoSponsor: false,
      viewerCoSponsorInvitations: [{ id: government.organizationId }],
      viewerSupportOptions: [option(government, false)],
    });
    // A plain member of the invited party neither answers nor gives its +1; others are not invited.
    expect(await viewer(member.token)).toEqual({
      id: a,
      viewerCanInviteCoSponsor: false,
      viewerCoSponsorInvitations: [],
      viewerSupportOptions: [],
    });
    expect((await viewer(as(civil))).viewerCoSponsorInvitations).toEqual([]);

    expectData(await api.gql(SUPPORT, { a, o: observer.organizationId }, as(observer)));
    expect((await viewer(as(observer))).viewerSupportOptions).toEqual([option(observer, true)]);
    expectData(
      await api.gql(ANSWER, { a, o: government.organizationId, yes: true }, as(government)),
    );
    expect((await viewer(as(government))).viewerCoSponsorInvitations).toEqual([]);

    // Decided (withdrawn): its sponsors and support are its record, nobody may change them.
    expectData(
      await api.gql(
        `mutation($a: ID!) { withdrawAmendment(amendmentId: $a) { status } }`,
        { a },
        as(sponsor),
      ),
    );
    expect(await viewer(as(sponsor))).toEqual({
      id: a,
      viewerCanInviteCoSponsor: false,
      viewerCoSponsorInvitations: [],
      viewerSupportOptions: [],
    });
    expect((await viewer(as(observer))).viewerSupportOptions).toEqual([]);
  });

  it('hides the viewer fields of a hidden accord from outsiders and asks strangers to sign in', async () => {
    const { civilInvited, amendmentId: a } = await (async () => {
      const setup = await givenAmendment();
      const civil = elementAt(setup.parties, 2);
      expectData(
        await api.gql(INVITE, { a: setup.amendmentId, o: civil.organizationId }, as(setup.sponsor)),
      );
      return { ...setup, civilInvited: civil };
    })();
    const outsider = await given.user('Outsider');
    expectError(await api.gql(VIEWER, { id: a }, outsider.token), 'NOT_FOUND');
    expectError(await api.gql(VIEWER, { id: a }), 'UNAUTHENTICATED');
    expect(
      expectData(await api.gql(VIEWER, { id: a }, as(civilInvited))).amendment
        .viewerCoSponsorInvitations,
    ).toEqual([{ id: civilInvited.organizationId }]);
  });

  it('the rule’s minimum of sponsors and groups holds the vote until co-sponsors accept', async () => {
    const { accordId, facilitator, parties, n, sponsor, amendmentId: a } = await givenAmendment();
    const [, , civil] = parties;
    const bad = expectError(
      await api.gql(
        RULE,
        { id: accordId, rule: { kind: 'SIMPLE_MAJORITY', minSponsors: 0 } },
        facilitator.token,
      ),
      'BAD_USER_INPUT',
    );
    expect(bad.message).toMatch(/minSponsors/);
    const rule = { kind: 'SIMPLE_MAJORITY', minSponsors: 2, minSponsorGroups: 2 };
    expect(
      expectData(await api.gql(RULE, { id: accordId, rule }, facilitator.token)).setDecisionRule
        .rule,
    ).toEqual(rule);
    const CAN_OPEN = `query($id: ID!) { amendment(id: $id) { viewerCanOpenVoting } }`;
    const canOpen = async () =>
      expectData(await api.gql(CAN_OPEN, { id: a }, facilitator.token)).amendment
        .viewerCanOpenVoting as boolean;
    expect(await canOpen()).toBe(false);
    const missing = expectError(await n.openRaw(a), 'CONFLICT');
    expect(missing.extensions?.reason).toBe('SPONSORS_MISSING');
    expectData(await api.gql(INVITE, { a, o: civil.organizationId }, as(sponsor)));
    expectData(await api.gql(ANSWER, { a, o: civil.organizationId, yes: true }, as(civil)));
    expect(await canOpen()).toBe(true);
    expect(await n.open(a)).toMatchObject({ status: 'VOTING' });
    const { amendment } = expectData(await api.gql(SPONSORS, { id: a }, as(civil)));
    expect(amendment.sponsorGroups).toEqual([
      { group: 'CIVIL_SOCIETY', count: 1 },
      { group: 'GOVERNMENT', count: 1 },
    ]);
  });

  it('lists the co-sponsors and supporters of an amendment in the Markdown, JSON and Akoma Ntoso exports', async () => {
    const { accordId, parties, observers, n, sponsor, amendmentId: a } = await givenAmendment();
    const [, government, civil] = parties;
    const observer = elementAt(observers, 0);
    for (const invited of [government, civil])
      expectData(await api.gql(INVITE, { a, o: invited.organizationId }, as(sponsor)));
    expectData(
      await api.gql(ANSWER, { a, o: government.organizationId, yes: true }, as(government)),
    );
    expectData(await api.gql(ANSWER, { a, o: civil.organizationId, yes: false }, as(civil)));
    expectData(await api.gql(SUPPORT, { a, o: observer.organizationId }, as(observer)));
    await n.open(a);
    for (const party of parties) await n.vote(party, a, 'FOR');
    await n.close(a);

    const EXPORT = `query($a: ID!, $f: ExportFormat!) { exportAccord(accordId: $a, format: $f) }`;
    const exported = async (format: string) =>
      expectData(await api.gql(EXPORT, { a: accordId, f: format }, as(sponsor)))
        .exportAccord as string;
    const md = await exported('MARKDOWN');
    expect(md).toContain(`- Co-sponsored by ${government.name}\n`);
    expect(md).toContain(`- Supported (+1) by ${observer.name}\n`);
    expect(md).not.toContain(`Co-sponsored by ${government.name}, ${civil.name}`);

    const json = JSON.parse(await exported('JSON')) as {
      amendments: { id: string; coSponsors: unknown[]; supporters: unknown[] }[];
    };
    expect(json.amendments.find((m) => m.id === a)).toMatchObject({
      coSponsors: [
        { organizationId: government.organizationId, status: 'ACCEPTED' },
        { organizationId: civil.organizationId, status: 'DECLINED' },
      ],
      supporters: [{ organizationId: observer.organizationId, supportedAt: expect.any(String) }],
    });

    const akn = await exported('AKOMA_NTOSO');
    expect(akn).toContain(`co-sponsored by ${government.name} (add clause), adopted`);
    expect(akn).toMatch(/<organization refersTo="#org_\d+" as="#cosponsor"/);
    expect(akn).toMatch(/<organization refersTo="#org_\d+" as="#supporter"/);
  });

  describe('statements per read', () => {
    const counting = (run: () => Promise<unknown>) => statementsDuring(api, run);

    it('do not grow with the number of amendments', async () => {
      const accordWith = async (amendments: number) => {
        const setup = await given.accordWithParties({ parties: { GOVERNMENT: 2 }, observers: 1 });
        const n = new Negotiation(api, setup.accordId, setup.facilitator);
        const [first, second] = setup.parties;
        const observer = elementAt(setup.observers, 0);
        for (let i = 0; i < amendments; i++) {
          const { id: a } = await n.propose(first, {
            kind: 'ADD_CLAUSE',
            text: `Text ${i}.`,
            force: 'BINDING',
            position: 1,
          });
          expectData(await api.gql(INVITE, { a, o: second.organizationId }, as(first)));
          expectData(await api.gql(ANSWER, { a, o: second.organizationId, yes: true }, as(second)));
          expectData(await api.gql(SUPPORT, { a, o: observer.organizationId }, as(observer)));
        }
        return () => api.gql(PAGE, { id: setup.accordId }, as(first));
      };
      const few = await counting(await accordWith(1));
      const many = await counting(await accordWith(4));
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    });
  });
});
