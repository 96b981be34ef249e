import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NotificationMessage } from '@plenary/contracts';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { NotificationDigest } from '../src/notifications/notification-digest.service.js';
import { VoteReminders } from '../src/notifications/vote-reminders.service.js';
import { Discussion } from './support/discussion.js';
import { expectData, expectError, Given, type TestUser } from './support/factories.js';
import { Incidents } from './support/incidents.js';
import { Negotiation } from './support/negotiation.js';
import { SmtpInbox } from './support/smtp-inbox.js';
import { eventually, TestSocket } from './support/socket-client.js';
import { startTestApp, startTestAppOn, type TestApp } from './support/test-app.js';

const NOTIFICATIONS = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) { items { id kind text path accordId readAt } endCursor } }`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!], $upTo: ID) { markNotificationsRead(ids: $ids, upTo: $upTo) }`;
const SETTINGS = `{ notificationSettings { kind email } }`;
const UPDATE = `mutation($s: [NotificationSettingInput!]!) {
  updateNotificationSettings(settings: $s) { kind email } }`;

/** A header as sent (mailparser folds the List-* headers into one structure). */
const headerOf = (mail: ParsedMail | undefined, key: string): string | undefined =>
  mail?.headerLines.find((line) => line.key === key)?.line.replace(/^[^:]*:\s*/, '');

interface NotificationView {
  id: string;
  kind: string;
  text: string;
  path: string;
  accordId: string | null;
  readAt: string | null;
}

describe('notifications', () => {
  let inbox: SmtpInbox;
  let api: TestApp;
  let given: Given;
  let db: DataSource;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    api = await startTestApp({
      SMTP_URL: inbox.url,
      PLENARY_NOTIFICATIONS_POLL_MS: '50',
      PLENARY_PUBLIC_URL: 'https://plenary.example.org',
    });
    given = new Given(api);
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api?.close();
    await inbox?.close();
  });

  const listOf = async (user: TestUser): Promise<NotificationView[]> =>
    expectData(
      await api.gql<{ notifications: { items: NotificationView[] } }>(
        NOTIFICATIONS,
        {},
        user.token,
      ),
    ).notifications.items;

  /** Waits until the user has `count` notifications of the kind (derivation runs in the background). */
  const notified = (user: TestUser, kind: string, count = 1) =>
    eventually(
      async () => (await listOf(user)).filter((n) => n.kind === kind),
      (items) => items.length >= count,
      `${count} ${kind} notification(s) for ${user.displayName}`,
    );

  /** Every event of the accord derived: what was not notified by then never will be. */
  const derived = (accordId: string) =>
    eventually(
      () =>
        db.query<{ behind: boolean }[]>(
          `SELECT a.last_seq > coalesce(c.derived_seq, 0) AS behind FROM accord a
           LEFT JOIN notification_cursor c ON c.accord_id = a.id WHERE a.id = $1`,
          [accordId],
        ),
      ([row]) => row?.behind === false,
      'the accord derived',
    );

  async function givenAccord() {
    const setup = await given.accordWithParties({ parties: { GOVERNMENT: 2, CIVIL_SOCIETY: 1 } });
    const n = new Negotiation(api, setup.accordId, setup.facilitator);
    const [a, b, c] = setup.parties;
    const clauseId = await n.adoptClause(a, 'States shall not attack critical infrastructure.', [
      a,
      b,
      c,
    ]);
    // A clean slate: the vote on article 1 notified its parties; the scenarios start after it.
    await derived(setup.accordId);
    await eventually(
      () => db.query<unknown[]>(`SELECT 1 FROM mail_outbox WHERE sent_at IS NULL`),
      (rows) => rows.length === 0,
      'the mail of the setup sent',
    );
    await db.query(`DELETE FROM notification WHERE accord_id = $1`, [setup.accordId]);
    inbox.forget(
      [setup.facilitator, a, b, c].map((x) => ('email' in x ? x.email : x.representative.email)),
    );
    return { ...setup, n, a, b, c, clauseId, talk: new Discussion(api, setup.accordId) };
  }

  it('tells the author of a comment of a reply, in the app, live and by mail — not the one who replied', async () => {
    const { a, b, clauseId, talk, accordId } = await givenAccord();
    const socket = await TestSocket.connect(api.url, a.representative.token);
    const live: NotificationMessage[] = [];
    socket.socket.on('notification', (message) => live.push(message));
    try {
      const comment = await talk.post(a.representative, {
        clauseId,
        clauseVersion: 1,
        body: 'Critical infrastructure needs a definition.',
      });
      await talk.post(b.representative, {
        clauseId,
        clauseVersion: 1,
        parentId: comment.id,
        body: 'We propose the list of the 2015 report.',
      });
      const [reply] = await notified(a.representative, 'REPLY');
      expect(reply?.text).toBe(
        `${b.representative.displayName} (${b.name}) replied to your comment on Article 1 of the Tech Accord: “We propose the list of the 2015 report.”`,
      );
      expect(reply?.path).toBe(`/accords/${accordId}#clause-${clauseId}`);
      await eventually(
        () => live.length,
        (n) => n === 1,
        'the live notification',
      );
      expect(live[0]).toMatchObject({ id: reply?.id, kind: 'REPLY', text: reply?.text });

      const [mail] = await inbox.waitFor(a.representative.email);
      expect(mail?.subject).toBe(
        `${b.representative.displayName} replied to your comment — Tech Accord`,
      );
      expect(mail?.text).toContain(reply?.text);
      expect(mail?.text).toContain(
        `https://plenary.example.org/accords/${accordId}#clause-${clauseId}`,
      );
      expect(mail?.messageId).toBe(`<notification.${reply?.id}@plenary.example.org>`);
      expect(headerOf(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

      await derived(accordId);
      expect(await listOf(b.representative)).toEqual([]);
      expect(inbox.to(b.representative.email)).toEqual([]);
    } finally {
      socket.close();
    }
  });

  it('writes each notification once and sends it live once, with two instances deriving', async () => {
    const { a, b, clauseId, talk, accordId } = await givenAccord();
    const second = await startTestAppOn(api.databaseUrl, {
      SMTP_URL: inbox.url,
      PLENARY_NOTIFICATIONS_POLL_MS: '50',
    });
    const socket = await TestSocket.connect(second.url, a.representative.token);
    const live: NotificationMessage[] = [];
    socket.socket.on('notification', (message) => live.push(message));
    try {
      const comment = await talk.post(a.representative, { clauseId, clauseVersion: 1, body: 'Q.' });
      for (let i = 1; i <= 8; i++)
        await talk.post(b.representative, {
          clauseId,
          clauseVersion: 1,
          parentId: comment.id,
          body: `Answer ${i}.`,
        });
      await notified(a.representative, 'REPLY', 8);
      await derived(accordId);
      await inbox.waitFor(a.representative.email, 8);
      await eventually(
        () => live.length,
        (n) => n >= 8,
        'the live notifications',
      );
      expect(await listOf(a.representative)).toHaveLength(8);
      expect(new Set(live.map((m) => m.id)).size).toBe(live.length);
      expect(inbox.to(a.representative.email)).toHaveLength(8);
    } finally {
      socket.close();
      await second.close();
    }
    expect(live).toHaveLength(8);
  });

  it('no longer shows the words of a comment deleted since', async () => {
    const { a, b, clauseId, talk } = await givenAccord();
    const comment = await talk.post(a.representative, { clauseId, clauseVersion: 1, body: 'Q.' });
    const reply = await talk.post(b.representative, {
      clauseId,
      clauseVersion: 1,
      parentId: comment.id,
      body: 'Something regretted.',
    });
    await notified(a.representative, 'REPLY');
    await talk.delete(b.representative, reply.id);
    const [shown] = await listOf(a.representative);
    expect(shown?.text).toBe(
      `${b.representative.displayName} (${b.name}) replied to your comment on Article 1 of the Tech Accord`,
    );
  });

  it('tells the people named in a comment, once each, and not the one who named himself', async () => {
    const { a, b, c, facilitator, clauseId, talk, accordId } = await givenAccord();
    const body = `@${b.representative.displayName} and @${facilitator.displayName}, see @${b.representative.displayName}'s point; @${a.representative.displayName} agrees.`;
    await talk.post(a.representative, { clauseId, clauseVersion: 1, body });
    const [mention] = await notified(b.representative, 'MENTION');
    expect(mention?.text).toContain(
      `${a.representative.displayName} (${a.name}) mentioned you in a comment on Article 1 of the Tech Accord`,
    );
    await notified(facilitator, 'MENTION');
    await derived(accordId);
    expect((await listOf(b.representative)).filter((n) => n.kind === 'MENTION')).toHaveLength(1);
    expect(await listOf(a.representative)).toEqual([]);
    expect(await listOf(c.representative)).toEqual([]);
  });

  it('tells the parties that have not voted when a vote opens, and reminds them before it closes, once across instances', async () => {
    const { n, a, b, c, accordId } = await givenAccord();
    const amendment = await n.propose(a, {
      kind: 'ADD_CLAUSE',
      text: 'States shall report incidents.',
      force: 'VOLUNTARY',
      position: 2,
    });
    const closesAt = new Date(Date.now() + 2 * 3_600_000);
    await n.open(amendment.id, closesAt.toISOString());
    const [opened] = await notified(b.representative, 'VOTE_OPENED');
    expect(opened?.text).toContain(
      `The vote on the amendment adding a new article of the Tech Accord is open until`,
    );
    expect(opened?.text).toContain(`${b.name} has not voted yet.`);
    expect(opened?.path).toBe(`/accords/${accordId}/amendments/${amendment.id}`);
    await notified(a.representative, 'VOTE_OPENED');

    await n.vote(c, amendment.id, 'FOR');
    const second = await startTestAppOn(api.databaseUrl, { SMTP_URL: inbox.url });
    try {
      // Both instances find the reminder due at once; each recipient gets it once.
      const inAnHourAndAHalf = new Date(closesAt.getTime() - 30 * 60_000);
      const counts = await Promise.all(
        [api, second].map((instance) =>
          instance.app.get(VoteReminders).sendReminders(inAnHourAndAHalf),
        ),
      );
      expect(counts[0]! + counts[1]!).toBe(2); // a and b, not c who voted
      expect(await api.app.get(VoteReminders).sendReminders(inAnHourAndAHalf)).toBe(0);
      // The reminder is recorded as sent: a later pass in the same lead prepares nothing again,
      // and plans nothing more for this vote (no lead left before its close).
      expect(
        await db.query(
          `SELECT round, lead_hours AS lead FROM vote_reminder WHERE amendment_id = $1`,
          [amendment.id],
        ),
      ).toEqual([{ round: 1, lead: 1 }]);
      const later = await api.app
        .get(VoteReminders)
        .pass(new Date(inAnHourAndAHalf.getTime() + 60_000));
      expect(later.written).toBe(0);
    } finally {
      await second.close();
    }
    const [reminder] = await notified(b.representative, 'VOTE_CLOSING');
    expect(reminder?.text).toContain('closes in an hour');
    await derived(accordId);
    expect((await listOf(c.representative)).map((x) => x.kind)).not.toContain('VOTE_CLOSING');
  });

  it("tells an amendment's author what became of it, but not of his own withdrawal", async () => {
    const { n, a, b, c, accordId } = await givenAccord();
    const rejected = await n.decide(
      b,
      { kind: 'ADD_CLAUSE', text: 'States may do anything.', force: 'VOLUNTARY', position: 2 },
      [
        [a, 'AGAINST'],
        [c, 'AGAINST'],
      ],
    );
    const [state] = await notified(b.representative, 'AMENDMENT_STATE');
    expect(state?.text).toBe(
      'Your amendment adding a new article of the Tech Accord was rejected.',
    );
    expect(state?.path).toBe(`/accords/${accordId}/amendments/${rejected.id}`);
    const withdrawn = await n.propose(b, {
      kind: 'ADD_CLAUSE',
      text: 'Something else.',
      force: 'VOLUNTARY',
      position: 2,
    });
    expectData(
      await api.gql(
        `mutation($id: ID!) { withdrawAmendment(amendmentId: $id) { status } }`,
        { id: withdrawn.id },
        b.representative.token,
      ),
    );
    await derived(accordId);
    expect(
      (await listOf(b.representative)).filter((x) => x.kind === 'AMENDMENT_STATE'),
    ).toHaveLength(1);
  });

  it("tells an amendment's author that the text moved under it (conflict)", async () => {
    const { n, a, b, c, clauseId, accordId } = await givenAccord();
    const stale = await n.propose(b, {
      kind: 'MODIFY_CLAUSE',
      clauseId,
      baseVersion: 1,
      text: 'States shall never attack critical infrastructure.',
      force: 'BINDING',
    });
    await n.decide(
      a,
      {
        kind: 'MODIFY_CLAUSE',
        clauseId,
        baseVersion: 1,
        text: 'States shall in no case attack critical infrastructure.',
        force: 'BINDING',
      },
      [
        [a, 'FOR'],
        [c, 'FOR'],
      ],
    );
    expect((await n.amendment(stale.id)).status).toBe('CONFLICT');
    const [conflict] = await notified(b.representative, 'AMENDMENT_STATE');
    expect(conflict?.text).toMatch(
      /^Your amendment to Article 1 of the Tech Accord no longer applies to the current text \(conflict/,
    );
    expect(conflict?.path).toBe(`/accords/${accordId}/amendments/${stale.id}`);
  });

  it('tells the representatives of an organization invited to co-sponsor, and a person invited to join', async () => {
    const { n, a, b } = await givenAccord();
    const amendment = await n.propose(a, {
      kind: 'ADD_CLAUSE',
      text: 'States shall cooperate.',
      force: 'VOLUNTARY',
      position: 2,
    });
    expectData(
      await api.gql(
        `mutation($a: ID!, $o: ID!) { inviteCoSponsor(amendmentId: $a, organizationId: $o) { id } }`,
        { a: amendment.id, o: b.organizationId },
        a.representative.token,
      ),
    );
    const [cosponsor] = await notified(b.representative, 'COSPONSOR_INVITATION');
    expect(cosponsor?.text).toBe(
      `${a.representative.displayName} (${a.name}) invited ${b.name} to co-sponsor the amendment adding a new article of the Tech Accord.`,
    );

    const newcomer = await given.user('Newcomer');
    expectData(
      await api.gql(
        `mutation($o: ID!, $e: String!) { inviteMember(organizationId: $o, email: $e, role: MEMBER) { id } }`,
        { o: a.organizationId, e: newcomer.email.toUpperCase() },
        a.representative.token,
      ),
    );
    const [invitation] = await notified(newcomer, 'MEMBERSHIP_INVITATION');
    expect(invitation?.text).toBe(
      `${a.representative.displayName} (${a.name}) invited you to act for ${a.name} as a member.`,
    );
    expect(invitation?.path).toBe('/organizations');
    const [mail] = await inbox.waitFor(newcomer.email);
    expect(mail?.text).toContain(invitation?.text);
  });

  it('tells of the text declared final, of signatures and their withdrawal, and the facilitator of an incident assessed against an article', async () => {
    const { a, b, c, facilitator, clauseId, accordId } = await givenAccord();
    const incidents = new Incidents(api, accordId);
    const incidentId = await incidents.record(a, {
      name: 'WannaCry',
      startedOn: '2017-05-12',
      description: 'Ransomware with a self-spreading worm.',
      actors: [{ name: 'Lazarus Group', attribution: 'ATTRIBUTED_OFFICIALLY', note: null }],
    });
    await incidents.assess(b, {
      incidentId,
      clauseId,
      verdict: 'BREACHED',
      reasoning: 'It stopped hospitals.',
    });
    const [assessed] = await notified(facilitator, 'INCIDENT_ASSESSED');
    expect(assessed?.text).toBe(
      `${b.name} assessed the incident “WannaCry” against Article 1 of the Tech Accord: breached.`,
    );
    expect(assessed?.path).toBe(`/accords/${accordId}/incidents/${incidentId}`);
    const [assessedMail] = await inbox.waitFor(facilitator.email);
    expect(assessedMail?.subject).toBe('An incident assessed against Article 1 — Tech Accord');

    expectData(
      await api.gql(
        `mutation($a: ID!) { declareFinal(accordId: $a) { id } }`,
        { a: accordId },
        facilitator.token,
      ),
    );
    const [final] = await notified(b.representative, 'ACCORD_FINAL');
    expect(final?.text).toBe(
      `${facilitator.displayName} declared the text of the Tech Accord final (1 article): it can now be signed.`,
    );
    expect(final?.path).toBe(`/accords/${accordId}/signatories`);
    await notified(c.representative, 'ACCORD_FINAL');

    expectData(
      await api.gql(
        `mutation($i: SignAccordInput!) { signAccord(input: $i) { id } }`,
        {
          i: {
            accordId,
            organizationId: a.organizationId,
            reservations: [{ clauseId, text: 'Pending a definition of critical.' }],
          },
        },
        a.representative.token,
      ),
    );
    const [signed] = await notified(b.representative, 'SIGNATURE');
    expect(signed?.text).toBe(
      `${a.name} signed the Tech Accord, with reservations on 1 article (by ${a.representative.displayName}).`,
    );
    expectData(
      await api.gql(
        `mutation($a: ID!, $o: ID!) { withdrawSignature(accordId: $a, organizationId: $o, reason: "Parliament said no.") { id } }`,
        { a: accordId, o: a.organizationId },
        a.representative.token,
      ),
    );
    const toFacilitator = await notified(facilitator, 'SIGNATURE', 2);
    expect(toFacilitator.map((n) => n.text)).toEqual([
      `${a.name} withdrew its signature of the Tech Accord (by ${a.representative.displayName}).`,
      signed?.text,
    ]);
    await derived(accordId);
    // Nobody is told of his own act; only the facilitator of the assessment.
    const kindsOf = async (user: TestUser) => (await listOf(user)).map((n) => n.kind).sort();
    expect(await kindsOf(a.representative)).toEqual(['ACCORD_FINAL']);
    expect(await kindsOf(c.representative)).toEqual(['ACCORD_FINAL', 'SIGNATURE', 'SIGNATURE']);
    expect(await kindsOf(facilitator)).toEqual(['INCIDENT_ASSESSED', 'SIGNATURE', 'SIGNATURE']);
    const mails = await inbox.waitFor(c.representative.email, 3);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      `${a.name} signed — Tech Accord`,
      `${a.name} withdrew its signature — Tech Accord`,
      'The text is final — Tech Accord',
    ]);
  });

  it('shows and marks read only your own notifications', async () => {
    const { a, b, clauseId, talk } = await givenAccord();
    const comment = await talk.post(a.representative, { clauseId, clauseVersion: 1, body: 'One.' });
    for (const body of ['Two.', 'Three.'])
      await talk.post(b.representative, { clauseId, clauseVersion: 1, parentId: comment.id, body });
    const replies = await notified(a.representative, 'REPLY', 2);
    const [newest, older] = replies;
    expect(expectData(await api.gql(UNREAD, {}, a.representative.token))).toEqual({
      unreadNotificationCount: 2,
    });
    // Someone else's notification is not found, like one that does not exist.
    expectError(await api.gql(MARK, { ids: [older!.id] }, b.representative.token), 'NOT_FOUND');
    expectError(
      await api.gql(MARK, { ids: ['not-an-id'] }, a.representative.token),
      'BAD_USER_INPUT',
    );
    expectError(await api.gql(MARK, {}, a.representative.token), 'BAD_USER_INPUT');
    expect(expectData(await api.gql(NOTIFICATIONS, {}, b.representative.token))).toEqual({
      notifications: { items: [], endCursor: null },
    });
    // Pages, newest first.
    const page = expectData(
      await api.gql<{ notifications: { items: NotificationView[]; endCursor: string } }>(
        NOTIFICATIONS,
        { first: 1 },
        a.representative.token,
      ),
    ).notifications;
    expect(page.items.map((x) => x.id)).toEqual([newest!.id]);
    const next = expectData(
      await api.gql<{ notifications: { items: NotificationView[]; endCursor: string | null } }>(
        NOTIFICATIONS,
        { first: 1, after: page.endCursor },
        a.representative.token,
      ),
    ).notifications;
    expect(next.items.map((x) => x.id)).toEqual([older!.id]);

    expect(expectData(await api.gql(MARK, { upTo: older!.id }, a.representative.token))).toEqual({
      markNotificationsRead: 1,
    });
    expect(expectData(await api.gql(UNREAD, {}, a.representative.token))).toEqual({
      unreadNotificationCount: 1,
    });
    expect(expectData(await api.gql(MARK, { ids: [newest!.id] }, a.representative.token))).toEqual({
      markNotificationsRead: 1,
    });
    expect(expectError(await api.gql(UNREAD, {}), 'UNAUTHENTICATED')).toBeTruthy();
  });

  it('sends nothing for a kind turned off, and one digest a day for the kinds that wait for it', async () => {
    const { a, b, clauseId, talk, facilitator } = await givenAccord();
    const settings = expectData(
      await api.gql<{ updateNotificationSettings: { kind: string; email: string }[] }>(
        UPDATE,
        {
          s: [
            { kind: 'REPLY', email: 'DAILY_DIGEST' },
            { kind: 'MENTION', email: 'DAILY_DIGEST' },
            { kind: 'VOTE_OPENED', email: 'OFF' },
          ],
        },
        a.representative.token,
      ),
    ).updateNotificationSettings;
    expect(settings).toContainEqual({ kind: 'REPLY', email: 'DAILY_DIGEST' });
    expect(settings).toContainEqual({ kind: 'AMENDMENT_STATE', email: 'IMMEDIATE' });
    expect(expectData(await api.gql(SETTINGS, {}, a.representative.token))).toEqual({
      notificationSettings: settings,
    });

    const comment = await talk.post(a.representative, { clauseId, clauseVersion: 1, body: 'Hm.' });
    await talk.post(b.representative, {
      clauseId,
      clauseVersion: 1,
      parentId: comment.id,
      body: 'Yes.',
    });
    await talk.post(facilitator, {
      clauseId,
      clauseVersion: 1,
      body: `@${a.representative.displayName}, please.`,
    });
    await notified(a.representative, 'REPLY');
    await notified(a.representative, 'MENTION');
    expect(inbox.to(a.representative.email)).toEqual([]);

    const digest = api.app.get(NotificationDigest);
    const [row] = await db.query<{ now: Date }[]>(`SELECT now() AS now`);
    const now = row!.now;
    // The digest hour (7:00 UTC by default) after these notifications, and a later one that day.
    const hour = new Date(now);
    hour.setUTCHours(7, 0, 0, 0);
    if (hour <= now) hour.setUTCDate(hour.getUTCDate() + 1);
    expect(await digest.runDigest(new Date(hour.getTime() - 60_000))).toBe(0);
    const [made, again] = await Promise.all([
      digest.runDigest(hour),
      digest.runDigest(new Date(hour.getTime() + 3_600_000)),
    ]);
    expect(made + again).toBe(1);
    const [mail] = await inbox.waitFor(a.representative.email);
    expect(mail?.subject).toMatch(/^Plenary: 2 notifications \(digest of \d{4}-\d\d-\d\d\)$/);
    expect(mail?.text).toContain('replied to your comment on Article 1 of the Tech Accord');
    expect(mail?.text).toContain('mentioned you in a comment on Article 1 of the Tech Accord');
    expect(await digest.runDigest(new Date(hour.getTime() + 86_400_000))).toBe(0);
  });

  it('unsubscribes from a mail link without signing in: GET asks, POST does it, a forged link does nothing', async () => {
    const { a, b, clauseId, talk } = await givenAccord();
    const comment = await talk.post(a.representative, { clauseId, clauseVersion: 1, body: 'Q?' });
    await talk.post(b.representative, {
      clauseId,
      clauseVersion: 1,
      parentId: comment.id,
      body: 'A.',
    });
    const [mail] = await inbox.waitFor(a.representative.email);
    const link = /<(https:\/\/plenary\.example\.org\/unsubscribe\?token=[^>]+)>/.exec(
      headerOf(mail, 'list-unsubscribe') ?? '',
    )?.[1];
    expect(link).toBeDefined();
    const local = link!.replace('https://plenary.example.org', api.url);

    const asked = await fetch(local);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Stop mails about replies to your comments?');
    expect(await settingOf(a.representative, 'REPLY')).toBe('IMMEDIATE');

    const forgedLink = local.slice(0, -1) + (local.endsWith('A') ? 'B' : 'A');
    const forged = await fetch(forgedLink, { method: 'POST' });
    expect(forged.status).toBe(400);
    expect(await settingOf(a.representative, 'REPLY')).toBe('IMMEDIATE');

    // RFC 8058's one-click: a POST with List-Unsubscribe=One-Click.
    const done = await fetch(local, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('You will no longer receive mails about replies');
    expect(await settingOf(a.representative, 'REPLY')).toBe('OFF');
    expect(await settingOf(a.representative, 'MENTION')).toBe('IMMEDIATE');
  });

  const settingOf = async (user: TestUser, kind: string) =>
    expectData(
      await api.gql<{ notificationSettings: { kind: string; email: string }[] }>(
        SETTINGS,
        {},
        user.token,
      ),
    ).notificationSettings.find((s) => s.kind === kind)?.email;
});
