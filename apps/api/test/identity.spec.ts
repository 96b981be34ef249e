import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectData, expectError, Given } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGISTER = `mutation($email: String!, $password: String!, $displayName: String!) {
  register(email: $email, password: $password, displayName: $displayName) { token user { id email displayName } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`;
const ME = `{ me { id email displayName memberships { role organization { id name group } } } }`;

describe('identity: register, login and organizations', () => {
  let api: TestApp;
  let given: Given;
  beforeAll(async () => {
    api = await startTestApp();
    given = new Given(api);
  });
  afterAll(() => api.close());

  it('registers, signs in and answers me', async () => {
    const registered = expectData(
      await api.gql(REGISTER, {
        email: 'Ada@Example.org',
        password: 'a long enough pass',
        displayName: 'Ada',
      }),
    );
    const loggedIn = expectData(
      await api.gql(LOGIN, { email: 'ada@example.ORG', password: 'a long enough pass' }),
    );
    expect(loggedIn.login.user.id).toBe(registered.register.user.id);
    const me = expectData(await api.gql(ME, {}, loggedIn.login.token));
    expect(me.me).toMatchObject({
      id: registered.register.user.id,
      displayName: 'Ada',
      memberships: [],
    });
  });

  it('answers me with null when anonymous', async () => {
    expect(expectData(await api.gql(ME)).me).toBeNull();
  });

  it('refuses an email already taken, whatever its case', async () => {
    await api.gql(REGISTER, {
      email: 'taken@example.org',
      password: 'a long enough pass',
      displayName: 'First',
    });
    const again = await api.gql(REGISTER, {
      email: 'TAKEN@example.org',
      password: 'another long pass',
      displayName: 'Second',
    });
    expect(expectError(again, 'CONFLICT').extensions?.reason).toBe('EMAIL_TAKEN');
  });

  it('refuses passwords under 10 characters, bad emails and over-long names', async () => {
    expectError(
      await api.gql(REGISTER, {
        email: 'short@example.org',
        password: '123456789',
        displayName: 'S',
      }),
      'BAD_USER_INPUT',
    );
    expectError(
      await api.gql(REGISTER, {
        email: 'not-an-email',
        password: 'long enough pass',
        displayName: 'S',
      }),
      'BAD_USER_INPUT',
    );
    expectError(
      await api.gql(REGISTER, {
        email: 'long@example.org',
        password: 'long enough pass',
        displayName: 'x'.repeat(121),
      }),
      'BAD_USER_INPUT',
    );
    expectError(
      await api.gql(REGISTER, {
        email: 'blank@example.org',
        password: 'long enough pass',
        displayName: ' \t ',
      }),
      'BAD_USER_INPUT',
    );
    expectError(
      await api.gql(REGISTER, {
        email: 'pw@example.org',
        password: 'p'.repeat(201),
        displayName: 'P',
      }),
      'BAD_USER_INPUT',
    );
  });

  it('says only "invalid email or password" on a failed login', async () => {
    const user = await given.user('Grace');
    const wrongPassword = expectError(
      await api.gql(LOGIN, { email: user.email, password: 'wrong password!' }),
      'UNAUTHENTICATED',
    );
    const unknownEmail = expectError(
      await api.gql(LOGIN, { email: 'nobody@example.org', password: 'wrong password!' }),
      'UNAUTHENTICATED',
    );
    expect(wrongPassword.message).toBe('invalid email or password');
    expect(unknownEmail.message).toBe('invalid email or password');
  });

  it('refuses anonymous and invalid-token calls', async () => {
    const create = `mutation { createOrganization(name: "Ruritania", group: GOVERNMENT) { id } }`;
    expectError(await api.gql(create), 'UNAUTHENTICATED');
    expectError(await api.gql(create, {}, 'not.a.token'), 'UNAUTHENTICATED');
    expectError(await api.gql(`{ organizations { id } }`), 'UNAUTHENTICATED');
    expectError(await api.gql(`{ accords { id } }`), 'UNAUTHENTICATED');
  });

  it('makes the creator of an organization its representative', async () => {
    const founder = await given.user('Founder');
    const organization = await given.organization(founder, 'CIVIL_SOCIETY', 'Access Now-ish');
    const me = expectData(await api.gql(ME, {}, founder.token));
    expect(me.me.memberships).toEqual([
      {
        role: 'REPRESENTATIVE',
        organization: { id: organization.id, name: 'Access Now-ish', group: 'CIVIL_SOCIETY' },
      },
    ]);
    const listed = expectData(await api.gql(`{ organizations { id } }`, {}, founder.token));
    expect(listed.organizations.map((o: { id: string }) => o.id)).toContain(organization.id);
  });
});
