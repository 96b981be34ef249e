import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { MailOutbox } from '../src/notifications/mail/mail-outbox.service.js';
import { NotificationDigest } from '../src/notifications/notification-digest.service.js';
import { Discussion } from './support/discussion.js';
import { expectData, Given, type TestParty, type TestUser } from './support/factories.js';
import { Negotiation } from './support/negotiation.js';
import { SmtpInbox } from './support/smtp-inbox.js';
import { eventually } from './support/socket-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const LIST = `{ notifications { items { id kind } } unreadNotificationCount }`;

/**
 * Mail is checked against the recipient's access when it is sent, not only when the event is
 * derived: someone whose membership ended meanwhile is mailed nothing about the accord (not even
 * a reply's words), and no longer sees its notifications in the app.
 */
describe('notifications of someone who may no longer read the accord', () => {
  let inbox: SmtpInbox;
  let api: TestApp;
  let given: Given;
  let db: DataSource;
  let outbox: MailOutbox;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    api = await startTestApp({ SMTP_URL: inbox.url, PLENARY_NOTIFICATIONS_POLL_MS: '50' });
    given = new Given(api);
    db = api.app.get(DataSource);
    outbox = api.app.get(MailOutbox);
  });
  afterAll(async () => {
    await api?.close();
    await inbox?.close();
  });

  const listOf = async (user: TestUser) =>
    expectData(
      await api.gql<{
        notifications: { items: { id: string; kind: string }[] };
        unreadNotificationCount: number;
      }>(LIST, {}, user.token),
    );

  const notificationOf = (user: TestUser, kind: string) =>
    eventually(
      () =>
        db.query<{ id: string; mailDroppedReason: string | null }[]>(
          `SELECT id, mail_dropped_reason AS "mailDroppedReason" FROM notification
           WHERE recipient_id = $1 AND kind = $2`,
          [user.id, kind],
        ),
      (rows) => rows.length === 1,
      `a ${kind} notification for ${user.displayName}`,
    ).then((rows) => rows[0]!);

  /**
   * A vote opened on a new amendment by `party`, its calls to vote written and none mailed yet
   * (the outbox worker stopped, what was due before sent and forgotten).
   */
  const openVoteUnmailed = async (
    accordId: string,
    facilitator: TestUser,
    party: TestParty,
    inboxes: string[],
  ) => {
    const talks = new Negotiation(api, accordId, facilitator);
    const amendment = await talks.propose(party, {
      kind: 'ADD_CLAUSE',
      heading: 'Article 1',
      text: 'States shall report incidents within 72 hours.',
      force: 'BINDING',
    });
    await outbox.onApplicationShutdown();
    await outbox.sendDue();
    inbox.forget(inboxes);
    await talks.open(amendment.id);
  };
  const callsToVote = (email: string) =>
    inbox.to(email).filter((mail) => mail.subject?.startsWith('A vote is open'));
  const mailOf = async (notificationId: string) =>
    (
      await db.query<{ sent: boolean; droppedReason: string | null }[]>(
        `SELECT sent_at IS NOT NULL AS sent, dropped_reason AS "droppedReason" FROM mail_outbox
         WHERE notification_id = $1`,
        [notificationId],
      )
    )[0];

  it('sends no mail, immediate or in the digest, to a member removed between the event and the send', async () => {
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 2 },
    });
    const [a, b] = parties;
    const clauseId = await new Negotiation(api, accordId, facilitator).adoptClause(
      a,
      'States shall not attack critical infrastructure.',
      [a, b],
    );
    const leaving = await given.user('Leaving member');
    const leavingLater = await given.user('Digest member');
    await given.member(a.representative, a.organizationId, leaving);
    await given.member(a.representative, a.organizationId, leavingLater);
    expectData(
      await api.gql(
        `mutation { updateNotificationSettings(settings: [{ kind: REPLY, email: DAILY_DIGEST }]) { kind } }`,
        {},
        leavingLater.token,
      ),
    );

    // From here on mail goes only when the spec sends it: the event, then the removal, then the send.
    await outbox.onApplicationShutdown();
    await outbox.sendDue();
    inbox.forget([leaving.email, leavingLater.email, a.representative.email]);
    const talk = new Discussion(api, accordId);
    const on = { clauseId, clauseVersion: 1 };
    const question = await talk.post(leaving, { ...on, body: 'Is a hospital critical?' });
    const later = await talk.post(leavingLater, { ...on, body: 'And a dam?' });
    await talk.post(b.representative, { ...on, parentId: question.id, body: 'Yes, secretly.' });
    await talk.post(b.representative, { ...on, parentId: later.id, body: 'A dam too.' });
    await talk.post(b.representative, {
      ...on,
      body: `@${a.representative.displayName}, your view?`,
    });
    const reply = await notificationOf(leaving, 'REPLY');
    const digested = await notificationOf(leavingLater, 'REPLY');
    await notificationOf(a.representative, 'MENTION');
    const kindsOf = async (user: TestUser) =>
      (await listOf(user)).notifications.items.map((n) => n.kind).sort();
    expect(await kindsOf(leaving)).toEqual(['MEMBERSHIP_INVITATION', 'REPLY']);

    for (const member of [leaving, leavingLater]) {
      expectData(
        await api.gql(
          `mutation($o: ID!, $u: ID!) { endMembership(organizationId: $o, userId: $u) { role } }`,
          { o: a.organizationId, u: member.id },
          a.representative.token,
        ),
      );
    }

    await outbox.sendDue();
    expect(inbox.to(a.representative.email).map((mail) => mail.subject)).toContainEqual(
      expect.stringContaining('mentioned you'),
    );
    expect(inbox.to(leaving.email)).toEqual([]);
    expect(await mailOf(reply.id)).toEqual({
      sent: false,
      droppedReason: 'ACCORD_NO_LONGER_READABLE',
    });
    // Dropped is done: another pass does not take it up again.
    expect(await outbox.sendDue()).toBe(0);

    // The digest the next morning leaves out what its recipient may no longer read.
    const [{ now }] = (await db.query<{ now: Date }[]>(`SELECT now() AS now`)) as [{ now: Date }];
    const hour = new Date(now);
    hour.setUTCHours(7, 0, 0, 0);
    if (hour <= now) hour.setUTCDate(hour.getUTCDate() + 1);
    await api.app.get(NotificationDigest).runDigest(hour);
    await outbox.sendDue();
    expect(inbox.to(leavingLater.email)).toEqual([]);
    expect((await notificationOf(leavingLater, 'REPLY')).mailDroppedReason).toBe(
      'ACCORD_NO_LONGER_READABLE',
    );
    expect(digested.mailDroppedReason).toBeNull();

    // Nor does the app show them any more (his invitation to the organization is in no accord).
    for (const member of [leaving, leavingLater]) {
      expect(await kindsOf(member)).toEqual(['MEMBERSHIP_INVITATION']);
      expect((await listOf(member)).unreadNotificationCount).toBe(1);
    }
    expect((await listOf(a.representative)).notifications.items.map((n) => n.kind)).toContain(
      'MENTION',
    );
  });
  it('mails no call to vote to a representative made a plain member before it is sent', async () => {
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 2 },
    });
    const [a] = parties;
    const demoted = await given.user('Demoted representative');
    await given.member(a.representative, a.organizationId, demoted, 'REPRESENTATIVE');
    await openVoteUnmailed(accordId, facilitator, a, [demoted.email, a.representative.email]);
    const called = await notificationOf(demoted, 'VOTE_OPENED');
    await notificationOf(a.representative, 'VOTE_OPENED');
    // Demoted: his representation ends, and he is invited back as a member (he still reads).
    expectData(
      await api.gql(
        `mutation($o: ID!, $u: ID!) { endMembership(organizationId: $o, userId: $u) { role } }`,
        { o: a.organizationId, u: demoted.id },
        a.representative.token,
      ),
    );
    await given.member(a.representative, a.organizationId, demoted, 'MEMBER');

    await outbox.sendDue();
    expect(callsToVote(a.representative.email)).toHaveLength(1);
    expect(callsToVote(demoted.email)).toEqual([]);
    expect(await mailOf(called.id)).toEqual({ sent: false, droppedReason: 'NO_LONGER_A_VOTER' });
  });

  it('mails no call to vote for a party whose verification is revoked before it is sent', async () => {
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 2 },
    });
    const [a, b] = parties;
    await openVoteUnmailed(accordId, facilitator, a, [
      a.representative.email,
      b.representative.email,
    ]);
    const called = await notificationOf(b.representative, 'VOTE_OPENED');
    await notificationOf(a.representative, 'VOTE_OPENED');
    // The platform finds the organization is not who it said: it can no longer cast a ballot.
    expectData(
      await api.gql(
        `mutation($o: ID!, $r: String!) { revokeVerification(organizationId: $o, reason: $r) { id } }`,
        { o: b.organizationId, r: 'Not the ministry it claimed to be' },
        (await given.operator()).token,
      ),
    );

    await outbox.sendDue();
    expect(callsToVote(a.representative.email)).toHaveLength(1);
    expect(callsToVote(b.representative.email)).toEqual([]);
    expect(await mailOf(called.id)).toEqual({ sent: false, droppedReason: 'NO_LONGER_A_VOTER' });
  });
});
