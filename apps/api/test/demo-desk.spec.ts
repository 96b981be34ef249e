import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DELEGATES, FACILITATOR } from '../src/demo/demo-content.js';
import { DemoSeeder } from '../src/demo/demo-seed.js';
import { OperatorsService } from '../src/identity/operators.service.js';
import { expectData, expectError } from './support/factories.js';
import { startTestApp, startTestAppOn, type TestApp } from './support/test-app.js';

const DEMO_DELEGATES = `{ demoDelegates { email name organization group role } }`;
const SIGN_IN = `mutation($e: String!) { signInAsDemoDelegate(email: $e) { token user { displayName } } }`;
const DESK = `{ desk {
  organizations { votesAwaitingUs { amendment { id } } closingSoon { amendment { id } }
    cosponsorInvitations { amendment { id } } }
  invitations { id } replies { id } mentions { id } } }`;

interface Desk {
  organizations: {
    votesAwaitingUs: object[];
    closingSoon: object[];
    cosponsorInvitations: object[];
  }[];
  invitations: object[];
  replies: object[];
  mentions: object[];
}

describe('the first minute: one click on a demo delegate, a populated desk', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ PLENARY_DEMO: 'true' });
    const operators = api.app.get(OperatorsService);
    await new DemoSeeder(`${api.url}/graphql`, (email) => operators.bootstrap(email)).run();
  });
  afterAll(() => api?.close());

  it('lists the demo delegates with their organization, group and role', async () => {
    const { demoDelegates } = expectData(await api.gql(DEMO_DELEGATES));
    expect(demoDelegates).toContainEqual({
      email: 'aurelia@plenary.demo',
      name: 'Elena Marsh',
      organization: 'Republic of Aurelia',
      group: 'GOVERNMENT',
      role: 'PARTY',
    });
    expect(demoDelegates).toContainEqual(
      expect.objectContaining({ email: FACILITATOR.email, role: 'FACILITATOR' }),
    );
    expect(demoDelegates).toHaveLength(DELEGATES.length + 2);
  });

  it('gives every delegate a desk with a vote or an invitation, and a reply or a mention', async () => {
    for (const delegate of DELEGATES) {
      const signedIn = expectData(await api.gql(SIGN_IN, { e: delegate.email }));
      expect(signedIn.signInAsDemoDelegate.user.displayName).toBe(delegate.displayName);
      const { desk } = expectData<{ desk: Desk }>(
        await api.gql(DESK, {}, signedIn.signInAsDemoDelegate.token as string),
      );
      const sections = desk.organizations;
      const invitations =
        desk.invitations.length + sections.flatMap((o) => o.cosponsorInvitations).length;
      const conversation = desk.replies.length + desk.mentions.length;
      expect({
        delegate: delegate.key,
        invitations: invitations > 0,
        talk: conversation > 0,
      }).toEqual({ delegate: delegate.key, invitations: true, talk: true });
      if (delegate.role === 'PARTY') {
        expect(sections.flatMap((o) => o.votesAwaitingUs).length).toBeGreaterThan(0);
        expect(sections.flatMap((o) => o.closingSoon).length).toBeGreaterThan(0);
      }
    }
  });

  it('gives the secretariat a mention to answer', async () => {
    const signedIn = expectData(await api.gql(SIGN_IN, { e: FACILITATOR.email }));
    const { desk } = expectData<{ desk: Desk }>(
      await api.gql(DESK, {}, signedIn.signInAsDemoDelegate.token as string),
    );
    expect(desk.mentions).toHaveLength(1);
  });

  it('signs in only as a demo delegate', async () => {
    expectError(await api.gql(SIGN_IN, { e: 'nobody@plenary.demo' }), 'NOT_FOUND');
    expectError(await api.gql(SIGN_IN, { e: 'not an email' }), 'BAD_USER_INPUT');
  });

  it('never opens an account someone registered under a demo address with his own password', async () => {
    const api2 = await startTestApp({ PLENARY_DEMO: 'true' });
    try {
      // No demo here: an account registered as a demo delegate is just someone's account.
      expectData(
        await api2.gql(
          `mutation($e: String!, $p: String!, $n: String!) { register(email: $e, password: $p, displayName: $n) { token } }`,
          { e: 'aurelia@plenary.demo', p: 'a-password-of-his-own-2026', n: 'Not Elena' },
        ),
      );
      expectError(await api2.gql(SIGN_IN, { e: 'aurelia@plenary.demo' }), 'NOT_FOUND');
    } finally {
      await api2.close();
    }
  });

  it('is never offered with the demo off, nor in production', async () => {
    for (const env of <Record<string, string>[]>[
      { PLENARY_DEMO: 'false' },
      { PLENARY_DEMO: 'true', NODE_ENV: 'production' },
    ]) {
      const other = await startTestAppOn(api.databaseUrl, env);
      try {
        expect(expectData(await other.gql(DEMO_DELEGATES)).demoDelegates).toEqual([]);
        const refused = await other.gql(SIGN_IN, { e: 'aurelia@plenary.demo' });
        expectError(refused, 'FORBIDDEN');
        expect(refused.errors?.[0]?.extensions?.reason).toBe('DEMO_SIGN_IN_OFF');
      } finally {
        await other.close();
      }
    }
  });
});
