import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, Given, type TestUser } from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ORG_FIELDS = 'id name group country website verified handle';
const CREATE = `mutation($n: String!, $g: StakeholderGroup!, $c: String, $w: String) {
  createOrganization(name: $n, group: $g, country: $c, website: $w) { ${ORG_FIELDS} } }`;
const VERIFY = `mutation($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { ${ORG_FIELDS} } }`;
const REVOKE = `mutation($o: ID!, $r: String!) { revokeVerification(organizationId: $o, reason: $r) { ${ORG_FIELDS} } }`;
const LIST = `query($s: String, $g: StakeholderGroup, $first: Int, $offset: Int) {
  organizations(search: $s, group: $g, first: $first, offset: $offset) { ${ORG_FIELDS} } }`;
const QUEUE = `{ organizationsAwaitingVerification { id name } }`;
const ADD_PARTICIPANT = `mutation($a: ID!, $o: ID!, $r: ParticipantRole!) {
  addParticipant(accordId: $a, organizationId: $o, role: $r) { role organization { id verified } } }`;

describe('who speaks for whom: verified organizations', () => {
  let api: TestApp;
  let given: Given;
  let operator: TestUser;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
    operator = await given.operator();
  });
  afterAll(() => api.close());

  const create = async (owner: TestUser, name: string, group = 'GOVERNMENT', country?: string) =>
    expectData(
      await api.gql(
        CREATE,
        { n: name, g: group, c: country ?? null, w: 'gov.example' },
        owner.token,
      ),
    ).createOrganization as { id: string; verified: boolean; handle: string };

  const verify = (
    organizationId: string,
    name: string,
    group = 'GOVERNMENT',
    token = operator.token,
  ) =>
    api.gql(
      VERIFY,
      {
        input: { organizationId, name, group, country: 'Aurelia', website: 'aurelia.gov.example' },
      },
      token,
    );

  it('keeps an impostor out: a second "Republic of Aurelia" can only observe, and cannot be verified under that name', async () => {
    const aureliaRep = await given.user('Aurelia delegate');
    const impostor = await given.user('Impostor');
    const facilitator = await given.user('Facilitator');
    const genuine = await create(aureliaRep, 'Republic of Aurelia', 'GOVERNMENT', 'Aurelia');
    expect(genuine.verified).toBe(false);
    const verified = expectData(await verify(genuine.id, 'Republic of Aurelia')).verifyOrganization;
    expect(verified).toMatchObject({
      verified: true,
      country: 'Aurelia',
      website: 'aurelia.gov.example',
    });

    const fake = await create(impostor, 'Republic of Aurelia', 'GOVERNMENT', 'Aurelia');
    expect(fake.verified).toBe(false);
    expect(fake.handle).toMatch(/^#[0-9A-F]{6}$/);
    expect(fake.handle).not.toBe(verified.handle);

    const accordId = await given.accord(facilitator);
    const asParty = await api.gql(
      ADD_PARTICIPANT,
      { a: accordId, o: fake.id, r: 'PARTY' },
      facilitator.token,
    );
    expect(expectError(asParty, 'CONFLICT').extensions?.reason).toBe('ORGANIZATION_NOT_VERIFIED');
    const asObserver = expectData(
      await api.gql(ADD_PARTICIPANT, { a: accordId, o: fake.id, r: 'OBSERVER' }, facilitator.token),
    );
    expect(asObserver.addParticipant).toEqual({
      role: 'OBSERVER',
      organization: { id: fake.id, verified: false },
    });
    expectData(
      await api.gql(ADD_PARTICIPANT, { a: accordId, o: genuine.id, r: 'PARTY' }, facilitator.token),
    );
    // Exports say which participants were verified.
    const exported = JSON.parse(
      expectData(
        await api.gql(
          `query($a: ID!) { exportAccord(accordId: $a, format: JSON) }`,
          { a: accordId },
          facilitator.token,
        ),
      ).exportAccord as string,
    ) as { participants: { id: string; verified: boolean; role: string }[] };
    expect(exported.participants.map((o) => [o.id, o.role, o.verified])).toEqual([
      [fake.id, 'OBSERVER', false],
      [genuine.id, 'PARTY', true],
    ]);

    const sameName = await verify(fake.id, 'Republic of Aurelia');
    const refusal = expectError(sameName, 'CONFLICT');
    expect(refusal.extensions?.reason).toBe('ORGANIZATION_NAME_TAKEN');
    expect(refusal.message).toContain(verified.handle);
    // …while the same name in another stakeholder group is someone else.
    const company = await create(impostor, 'Republic of Aurelia', 'PRIVATE_SECTOR');
    expectData(await verify(company.id, 'Republic of Aurelia', 'PRIVATE_SECTOR'));

    // Anyone else lists one Republic of Aurelia among governments: the verified one.
    const outsider = await given.user('Outsider');
    const listed = expectData(
      await api.gql(LIST, { s: 'aurelia', g: 'GOVERNMENT' }, outsider.token),
    ).organizations as { id: string }[];
    expect(listed.map((o) => o.id)).toEqual([genuine.id]);
    // The impostor sees his own too, marked unverified.
    const own = expectData(await api.gql(LIST, { s: 'aurelia', g: 'GOVERNMENT' }, impostor.token))
      .organizations as { id: string; verified: boolean }[];
    expect(own.map((o) => [o.id, o.verified])).toEqual(
      expect.arrayContaining([
        [genuine.id, true],
        [fake.id, false],
      ]),
    );
  });

  it('lets only operators verify, see the queue, and name other operators', async () => {
    const founder = await given.user('Founder');
    const organization = await create(founder, 'Republic of Borealis');
    const notAnOperator = await verify(
      organization.id,
      'Republic of Borealis',
      'GOVERNMENT',
      founder.token,
    );
    expect(expectError(notAnOperator, 'FORBIDDEN').extensions?.reason).toBe('NOT_AN_OPERATOR');
    expectError(await api.gql(QUEUE, {}, founder.token), 'FORBIDDEN');
    expectError(await api.gql(REVOKE, { o: organization.id, r: 'no' }, founder.token), 'FORBIDDEN');

    const queue = expectData(await api.gql(QUEUE, {}, operator.token))
      .organizationsAwaitingVerification as { id: string }[];
    expect(queue.map((o) => o.id)).toContain(organization.id);

    const deputy = await given.user('Deputy operator');
    expectError(
      await api.gql(
        `mutation($e: String!) { grantOperator(email: $e) { id } }`,
        { e: deputy.email },
        founder.token,
      ),
      'FORBIDDEN',
    );
    expectData(
      await api.gql(
        `mutation($e: String!) { grantOperator(email: $e) { id } }`,
        { e: deputy.email },
        operator.token,
      ),
    );
    expect(expectData(await api.gql(`{ me { isOperator } }`, {}, deputy.token)).me.isOperator).toBe(
      true,
    );
    expectData(await verify(organization.id, 'Republic of Borealis', 'GOVERNMENT', deputy.token));
    expect(
      (
        expectData(await api.gql(QUEUE, {}, deputy.token)).organizationsAwaitingVerification as {
          id: string;
        }[]
      ).map((o) => o.id),
    ).not.toContain(organization.id);

    // The operator from configuration cannot be demoted from here; a granted one can.
    const configured = await api.gql(
      `mutation($u: ID!) { revokeOperator(userId: $u) { id } }`,
      { u: operator.id },
      deputy.token,
    );
    expect(expectError(configured, 'CONFLICT').extensions?.reason).toBe(
      'OPERATOR_FROM_CONFIGURATION',
    );
    expectData(
      await api.gql(
        `mutation($u: ID!) { revokeOperator(userId: $u) { id } }`,
        { u: deputy.id },
        operator.token,
      ),
    );
    expect(expectData(await api.gql(`{ me { isOperator } }`, {}, deputy.token)).me.isOperator).toBe(
      false,
    );
    expect(
      expectData(await api.gql(`{ me { isOperator } }`, {}, operator.token)).me.isOperator,
    ).toBe(true);
  });

  it('verifies exactly one of two namesakes verified at the same moment', async () => {
    const first = await create(await given.user('A'), 'Kingdom of Caldera');
    const second = await create(await given.user('B'), 'kingdom of caldera');
    const results = await Promise.all([
      verify(first.id, 'Kingdom of Caldera'),
      verify(second.id, 'Kingdom of Caldera'),
    ]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.reason ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'ORGANIZATION_NAME_TAKEN']);
  });

  it('logs verification in the accords an organization takes part in; a revoked party can no longer act', async () => {
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 2 },
    });
    const negotiation = new Negotiation(api, accordId, facilitator);
    const [state, other] = parties;
    const before = (await negotiation.events()).length;

    const revoked = expectData(
      await api.gql(
        REVOKE,
        { o: state.organizationId, r: 'Not the ministry it claimed to be' },
        operator.token,
      ),
    ).revokeVerification;
    expect(revoked.verified).toBe(false);
    const clause = await negotiation.propose(other, {
      kind: 'ADD_CLAUSE',
      text: 'States shall…',
      force: 'BINDING',
    });
    const proposal = await negotiation.proposeRaw(state, {
      kind: 'ADD_CLAUSE',
      text: 'x',
      force: 'BINDING',
    });
    expect(expectError(proposal, 'CONFLICT').extensions?.reason).toBe('ORGANIZATION_NOT_VERIFIED');
    await negotiation.open(clause.id);
    const ballot = await negotiation.voteRaw(
      state.representative,
      state.organizationId,
      clause.id,
      'FOR',
    );
    expect(expectError(ballot, 'CONFLICT').extensions?.reason).toBe('ORGANIZATION_NOT_VERIFIED');

    // Verified again, with a corrected name: both acts are in the accord's log.
    expectData(
      await api.gql(
        VERIFY,
        {
          input: {
            organizationId: state.organizationId,
            name: 'Ministry of Foreign Affairs of Aurelia',
            group: 'GOVERNMENT',
            country: 'Aurelia',
            website: 'mfa.aurelia.example',
          },
        },
        operator.token,
      ),
    );
    await negotiation.vote(state, clause.id, 'FOR');
    const events = (await negotiation.events()).slice(before);
    const logged = events.filter((e) => e.type.startsWith('organization.'));
    expect(logged.map((e) => [e.type, e.actorId])).toEqual([
      ['organization.verificationRevoked', operator.id],
      ['organization.verified', operator.id],
    ]);
    expect(logged[0]?.payload).toMatchObject({ reason: 'Not the ministry it claimed to be' });
    expect(logged[1]?.payload).toMatchObject({
      name: 'Ministry of Foreign Affairs of Aurelia',
      previousName: state.name,
      website: 'mfa.aurelia.example',
    });
  });

  it('fixes an organization’s stakeholder group once it takes part in an accord', async () => {
    const { parties } = await given.accordWithParties({ parties: { CIVIL_SOCIETY: 1 } });
    const [ngo] = parties;
    const regrouped = await api.gql(
      VERIFY,
      {
        input: {
          organizationId: ngo.organizationId,
          name: ngo.name,
          group: 'ACADEMIA',
          website: 'ngo.example',
        },
      },
      operator.token,
    );
    expect(expectError(regrouped, 'CONFLICT').extensions?.reason).toBe('GROUP_LOCKED');
  });

  it('refuses bad verification input with BAD_USER_INPUT, and unknown organizations with NOT_FOUND', async () => {
    const founder = await given.user('Founder 2');
    const organization = await create(founder, 'Open Rights Group');
    for (const website of ['not a website', 'javascript:alert(1)', '']) {
      expectError(
        await api.gql(
          VERIFY,
          {
            input: { organizationId: organization.id, name: 'X', group: 'CIVIL_SOCIETY', website },
          },
          operator.token,
        ),
        'BAD_USER_INPUT',
      );
    }
    expectError(
      await api.gql(
        VERIFY,
        {
          input: {
            organizationId: organization.id,
            name: '  ',
            group: 'CIVIL_SOCIETY',
            website: 'x.org',
          },
        },
        operator.token,
      ),
      'BAD_USER_INPUT',
    );
    expectError(
      await api.gql(
        VERIFY,
        {
          input: {
            organizationId: '00000000-0000-4000-8000-000000000000',
            name: 'X',
            group: 'CIVIL_SOCIETY',
            website: 'x.org',
          },
        },
        operator.token,
      ),
      'NOT_FOUND',
    );
    expectError(
      await api.gql(CREATE, { n: 'Y', g: 'CIVIL_SOCIETY', w: 'http://' }, founder.token),
      'BAD_USER_INPUT',
    );
  });

  it('lists organizations a page at a time, by name', async () => {
    const founder = await given.user('Lister');
    for (const name of ['Paging A', 'Paging B', 'Paging C']) {
      await given.organization(founder, 'TECHNICAL_COMMUNITY', name);
    }
    const page = async (offset: number) =>
      (
        expectData(await api.gql(LIST, { s: 'Paging', first: 2, offset }, founder.token))
          .organizations as { name: string }[]
      ).map((o) => o.name);
    expect(await page(0)).toEqual(['Paging A', 'Paging B']);
    expect(await page(2)).toEqual(['Paging C']);
    expectError(await api.gql(LIST, { first: 101 }, founder.token), 'BAD_USER_INPUT');
  });
});
