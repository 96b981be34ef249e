import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { expectData, expectError, Given, type TestUser } from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { eventually, TestSocket } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const INVITE = `mutation($o: ID!, $e: String!, $r: MembershipRole!) {
  inviteMember(organizationId: $o, email: $e, role: $r) { id email role status organization { id } invitedBy { id } } }`;
const ACCEPT = `mutation($i: ID!) { acceptInvitation(invitationId: $i) { id status } }`;
const DECLINE = `mutation($i: ID!) { declineInvitation(invitationId: $i) { id status } }`;
const REVOKE = `mutation($i: ID!) { revokeInvitation(invitationId: $i) { id status } }`;
const END = `mutation($o: ID!, $u: ID!) { endMembership(organizationId: $o, userId: $u) { role } }`;
const MY_INVITATIONS = `{ me { invitations { id role organization { id name } invitedBy { displayName } } } }`;
const MY_MEMBERSHIPS = `{ me { memberships { role organization { id } } } }`;

describe('membership by invitation: nobody is enrolled without consent', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api.close());

  const invite = (by: TestUser, organizationId: string, email: string, role = 'MEMBER') =>
    api.gql(INVITE, { o: organizationId, e: email, r: role }, by.token);

  const memberships = async (user: TestUser) =>
    expectData(await api.gql(MY_MEMBERSHIPS, {}, user.token)).me.memberships as {
      role: string;
      organization: { id: string };
    }[];

  it('answers an invitation the same way whether or not the address has an account', async () => {
    const representative = await given.user('Rep');
    const organization = await given.organization(representative, 'PRIVATE_SECTOR');
    const registered = await given.user('Registered');
    const stranger = `nobody.${randomUUID().slice(0, 8)}@example.org`;
    const toAccount = expectData(
      await invite(representative, organization.id, registered.email),
    ).inviteMember;
    const toNobody = expectData(
      await invite(representative, organization.id, stranger),
    ).inviteMember;
    const shape = (i: Record<string, unknown>) => ({ ...i, id: 'id', email: 'email' });
    expect(shape(toAccount)).toEqual(shape(toNobody));
    expect(toAccount).toMatchObject({ status: 'PENDING', role: 'MEMBER' });
    // Inviting enrols nobody.
    expect(await memberships(registered)).toEqual([]);
  });

  it('lets the invitee see, accept or decline; the accord logs who joined its parties', async () => {
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 1 },
    });
    const [state] = parties;
    const deputy = await given.user('Deputy');
    const other = await given.user('Other');
    const { id } = expectData(
      await invite(
        state.representative,
        state.organizationId,
        deputy.email.toUpperCase(),
        'REPRESENTATIVE',
      ),
    ).inviteMember;
    const seen = expectData(await api.gql(MY_INVITATIONS, {}, deputy.token)).me.invitations;
    expect(seen).toEqual([
      {
        id,
        role: 'REPRESENTATIVE',
        organization: { id: state.organizationId, name: state.name },
        invitedBy: { displayName: state.representative.displayName },
      },
    ]);
    expect(expectData(await api.gql(MY_INVITATIONS, {}, other.token)).me.invitations).toEqual([]);
    // Someone else's invitation is answered as missing.
    expectError(await api.gql(ACCEPT, { i: id }, other.token), 'NOT_FOUND');
    // Before accepting, the accord is out of sight.
    expectError(
      await api.gql(`query($a: ID!) { accord(id: $a) { id } }`, { a: accordId }, deputy.token),
      'NOT_FOUND',
    );

    expect(expectData(await api.gql(ACCEPT, { i: id }, deputy.token)).acceptInvitation.status).toBe(
      'ACCEPTED',
    );
    expect(await memberships(deputy)).toEqual([
      { role: 'REPRESENTATIVE', organization: { id: state.organizationId } },
    ]);
    const again = await api.gql(ACCEPT, { i: id }, deputy.token);
    expect(expectError(again, 'CONFLICT').extensions?.reason).toBe('INVITATION_NOT_PENDING');
    // The deputy votes for the state now.
    const negotiation = new Negotiation(api, accordId, facilitator);
    const amendment = await negotiation.propose(state, {
      kind: 'ADD_CLAUSE',
      text: 'Text',
      force: 'VOLUNTARY',
    });
    await negotiation.open(amendment.id);
    expectData(await negotiation.voteRaw(deputy, state.organizationId, amendment.id, 'FOR'));

    const joined = (await negotiation.events()).filter((e) => e.type === 'membership.joined');
    expect(joined).toEqual([
      expect.objectContaining({
        actorId: deputy.id,
        payload: expect.objectContaining({
          organizationId: state.organizationId,
          userId: deputy.id,
          displayName: 'Deputy',
          role: 'REPRESENTATIVE',
          previousRole: null,
        }),
      }),
    ]);
    expect(JSON.stringify(joined)).not.toContain(deputy.email);

    const declined = await given.user('Declines');
    const offer = expectData(
      await invite(state.representative, state.organizationId, declined.email),
    ).inviteMember;
    expect(
      expectData(await api.gql(DECLINE, { i: offer.id }, declined.token)).declineInvitation.status,
    ).toBe('DECLINED');
    expectError(await api.gql(ACCEPT, { i: offer.id }, declined.token), 'CONFLICT');
    expect(await memberships(declined)).toEqual([]);
  });

  it('keeps an invitation to an address with no account until someone registers with it', async () => {
    const representative = await given.user('Rep');
    const organization = await given.organization(representative, 'CIVIL_SOCIETY');
    const email = `Later.${randomUUID().slice(0, 8)}@Example.org`;
    const { id } = expectData(await invite(representative, organization.id, email)).inviteMember;
    const registered = expectData(
      await api.gql(
        `mutation($e: String!) { register(email: $e, password: "correct horse battery", displayName: "Latecomer") {
           token user { email invitations { id } } } }`,
        { e: email.toLowerCase() },
      ),
    ).register;
    expect(registered.user.invitations).toEqual([{ id }]);
    expectData(await api.gql(ACCEPT, { i: id }, registered.token));
  });

  it('lets only representatives invite or withdraw, and refuses duplicates', async () => {
    const representative = await given.user('Rep');
    const organization = await given.organization(representative, 'PRIVATE_SECTOR');
    const member = await given.user('Member');
    await given.member(representative, organization.id, member, 'MEMBER');
    const outsider = await given.user('Outsider');

    const byMember = await invite(member, organization.id, outsider.email);
    expect(expectError(byMember, 'FORBIDDEN').extensions?.reason).toBe('NOT_A_REPRESENTATIVE');
    expectError(await invite(outsider, organization.id, 'x@example.org'), 'FORBIDDEN');
    expectError(
      await invite(representative, '00000000-0000-4000-8000-000000000000', 'x@example.org'),
      'NOT_FOUND',
    );
    expectError(await invite(representative, 'not-an-id', 'x@example.org'), 'BAD_USER_INPUT');
    expectError(await invite(representative, organization.id, 'not-an-email'), 'BAD_USER_INPUT');
    expectError(
      await invite(representative, organization.id, 'a\uD800@example.org'),
      'BAD_USER_INPUT',
    );
    const already = await invite(representative, organization.id, member.email, 'MEMBER');
    expect(expectError(already, 'CONFLICT').extensions?.reason).toBe('ALREADY_MEMBER');

    const { id } = expectData(
      await invite(representative, organization.id, outsider.email),
    ).inviteMember;
    const twice = await invite(representative, organization.id, outsider.email.toUpperCase());
    expect(expectError(twice, 'CONFLICT').extensions?.reason).toBe('ALREADY_INVITED');
    expectError(await api.gql(REVOKE, { i: id }, member.token), 'FORBIDDEN');
    expect(
      expectData(await api.gql(REVOKE, { i: id }, representative.token)).revokeInvitation.status,
    ).toBe('REVOKED');
    expectError(await api.gql(ACCEPT, { i: id }, outsider.token), 'CONFLICT');
    // The representatives see what is pending; nobody else does.
    const pending = `query($o: ID!) { organization(id: $o) { invitations { email } members { role user { id } } } }`;
    expectData(await invite(representative, organization.id, 'pending@example.org'));
    const asRep = expectData(
      await api.gql(pending, { o: organization.id }, representative.token),
    ).organization;
    expect(asRep.invitations).toEqual([{ email: 'pending@example.org' }]);
    expect(asRep.members).toHaveLength(2);
    const asMember = expectData(
      await api.gql(pending, { o: organization.id }, member.token),
    ).organization;
    expect(asMember.invitations).toBeNull();
    expect(asMember.members).toHaveLength(2);
    const asOutsider = expectData(
      await api.gql(pending, { o: organization.id }, outsider.token),
    ).organization;
    expect(asOutsider).toEqual({ invitations: null, members: null });
  });

  it('accepts one invitation once, even when answered twice at the same moment', async () => {
    const representative = await given.user('Rep');
    const organization = await given.organization(representative, 'ACADEMIA');
    const invitee = await given.user('Invitee');
    const { id } = expectData(
      await invite(representative, organization.id, invitee.email),
    ).inviteMember;
    const answers = await Promise.all([
      api.gql(ACCEPT, { i: id }, invitee.token),
      api.gql(ACCEPT, { i: id }, invitee.token),
      api.gql(DECLINE, { i: id }, invitee.token),
    ]);
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    for (const refused of answers.filter((a) => a.errors)) expectError(refused, 'CONFLICT');
  });

  it('ends memberships by the member or a representative, never leaving an organization without a representative', async () => {
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { CIVIL_SOCIETY: 1 },
    });
    const [ngo] = parties;
    const rep = ngo.representative;
    const colleague = await given.user('Colleague');
    const staffer = await given.user('Staffer');
    const intern = await given.user('Intern');
    await given.member(rep, ngo.organizationId, colleague, 'REPRESENTATIVE');
    await given.member(rep, ngo.organizationId, staffer, 'MEMBER');
    await given.member(rep, ngo.organizationId, intern, 'MEMBER');
    expectData(await api.gql(END, { o: ngo.organizationId, u: intern.id }, rep.token));

    const alone = await api.gql(END, { o: ngo.organizationId, u: rep.id }, staffer.token);
    expect(expectError(alone, 'FORBIDDEN').extensions?.reason).toBe('NOT_A_REPRESENTATIVE');
    expectError(
      await api.gql(END, { o: ngo.organizationId, u: randomUUID() }, rep.token),
      'NOT_FOUND',
    );

    // The staffer, watching the accord live, leaves: he gets the event, then nothing more.
    const socket = await TestSocket.connect(api.url, staffer.token);
    try {
      expect((await socket.join(accordId)).ok).toBe(true);
      expectData(await api.gql(END, { o: ngo.organizationId, u: staffer.id }, staffer.token));
      await socket.waitForEvents(1, 'the membership.ended event');
      const negotiation = new Negotiation(api, accordId, facilitator);
      await negotiation.propose(ngo, {
        kind: 'ADD_CLAUSE',
        text: 'After he left',
        force: 'VOLUNTARY',
      });
      const sockets = await TestSocket.connect(api.url, facilitator.token);
      try {
        await sockets.join(accordId, 0);
        await eventually(
          () => sockets.events,
          (events) => events.some((e) => e.type === 'amendment.proposed'),
          'the facilitator to receive the proposal',
        );
      } finally {
        sockets.close();
      }
      await socket.settle(300);
      expect(socket.events.map((e) => e.type)).toEqual(['membership.ended']);
    } finally {
      socket.close();
    }
    expectError(
      await api.gql(`query($a: ID!) { accord(id: $a) { id } }`, { a: accordId }, staffer.token),
      'NOT_FOUND',
    );

    // Two representatives leaving at the same moment: one of them stays.
    const results = await Promise.all([
      api.gql(END, { o: ngo.organizationId, u: rep.id }, rep.token),
      api.gql(END, { o: ngo.organizationId, u: colleague.id }, colleague.token),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.find((r) => r.errors)!;
    expect(expectError(refused, 'CONFLICT').extensions?.reason).toBe('LAST_REPRESENTATIVE');

    const ended = (await new Negotiation(api, accordId, facilitator).events()).filter(
      (e) => e.type === 'membership.ended',
    );
    expect(ended.map((e) => [e.payload.displayName, e.payload.endedBy])).toEqual([
      ['Intern', 'REPRESENTATIVE'],
      ['Staffer', 'SELF'],
      [expect.any(String), 'SELF'],
    ]);
  });

  it('turns the deprecated addMember into an invitation', async () => {
    const representative = await given.user('Rep');
    const organization = await given.organization(representative, 'GOVERNMENT');
    const person = await given.user('Person');
    const answer = expectData(
      await api.gql(
        `mutation($o: ID!, $e: String!) { addMember(organizationId: $o, email: $e, role: REPRESENTATIVE) { role status } }`,
        { o: organization.id, e: person.email },
        representative.token,
      ),
    );
    expect(answer.addMember).toEqual({ role: 'REPRESENTATIVE', status: 'PENDING' });
    expect(await memberships(person)).toEqual([]);
  });
});
