import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, Given } from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const AUTHOR = `query($id: ID!) { amendment(id: $id) {
  author { id displayName email memberships { role organization { id } } }
  ballots { castBy { id email memberships { organization { id } } } } } }`;

describe('personal data: emails and memberships only to those who need them', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api.close());

  it('shows an author’s email only to himself and his organizations’ representatives, and only the memberships of the accord read', async () => {
    const { accordId, facilitator, parties, observers } = await given.accordWithParties({
      parties: { GOVERNMENT: 1, PRIVATE_SECTOR: 1 },
      observers: 1,
    });
    const [state, company] = parties;
    const [observer] = observers;
    // The state's delegate also works for an organization unrelated to this accord.
    const delegate = await given.user('Delegate');
    await given.member(state.representative, state.organizationId, delegate, 'MEMBER');
    const elsewhere = await given.organization(delegate, 'CIVIL_SOCIETY', 'Unrelated NGO');

    const negotiation = new Negotiation(api, accordId, facilitator);
    const amendment = await negotiation.propose(
      { ...state, representative: delegate },
      { kind: 'ADD_CLAUSE', text: 'States should…', force: 'VOLUNTARY' },
    );
    await negotiation.open(amendment.id);
    await negotiation.vote(company, amendment.id, 'FOR');

    const read = async (token: string) =>
      expectData(await api.gql(AUTHOR, { id: amendment.id }, token)).amendment;

    for (const reader of [observer.representative, company.representative, facilitator]) {
      // The read cache must not hand anyone an answer computed for someone else.
      const seen = await read(reader.token);
      expect(seen.author.email).toBeNull();
      expect(seen.author.memberships).toEqual([
        { role: 'MEMBER', organization: { id: state.organizationId } },
      ]);
      expect(JSON.stringify(seen)).not.toContain(elsewhere.id);
    }
    expect((await read(observer.representative.token)).ballots[0].castBy).toEqual({
      id: company.representative.id,
      email: null,
      memberships: [{ organization: { id: company.organizationId } }],
    });

    // His state's representative sees his email; so does he.
    expect((await read(state.representative.token)).author.email).toBe(delegate.email);
    expect((await read(delegate.token)).author.email).toBe(delegate.email);
    expect((await read(company.representative.token)).ballots[0].castBy.email).toBe(
      company.representative.email,
    );
    const me = expectData(
      await api.gql(`{ me { email memberships { organization { id } } } }`, {}, delegate.token),
    ).me;
    expect(me.email).toBe(delegate.email);
    expect(
      me.memberships.map((m: { organization: { id: string } }) => m.organization.id).sort(),
    ).toEqual([state.organizationId, elsewhere.id].sort());
  });

  it('keeps others’ unverified organizations out of the directory', async () => {
    const founder = await given.user('Founder');
    const unverified = await given.organization(founder, 'CIVIL_SOCIETY', 'Quiet Collective', {
      verified: false,
    });
    const verified = await given.organization(founder, 'CIVIL_SOCIETY', 'Loud Collective');
    const stranger = await given.user('Stranger');
    const ids = async (token: string) =>
      (
        expectData(await api.gql(`{ organizations(search: "Collective") { id } }`, {}, token))
          .organizations as { id: string }[]
      ).map((o) => o.id);
    expect(await ids(stranger.token)).toEqual([verified.id]);
    expect((await ids(founder.token)).sort()).toEqual([unverified.id, verified.id].sort());
  });
});
