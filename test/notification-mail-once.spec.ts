import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { MailOutbox } from '../apps/api/src/notifications/mail/mail-outbox.service.js';
import { Discussion } from '../apps/api/test/support/discussion.js';
import { Given } from '../apps/api/test/support/factories.js';
import { Negotiation } from '../apps/api/test/support/negotiation.js';
import { SmtpInbox } from '../apps/api/test/support/smtp-inbox.js';
import { eventually } from '../apps/api/test/support/socket-client.js';
import { startTestAppOn, type TestApp } from '../apps/api/test/support/test-app.js';
import { createTestDatabase } from '../apps/api/test/support/test-database.js';
import { ApiProcess } from './support/api-process.js';

// Short, so that the other instance retries the dead one's mail within the test.
const MAIL = { PLENARY_MAIL_LEASE_SECONDS: '2', PLENARY_NOTIFICATIONS_POLL_MS: '50' };

describe('a notification mail when the instance sending it dies', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let inbox: SmtpInbox;
  let sender: ApiProcess;
  let survivor: TestApp | undefined;
  let db: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    inbox = await SmtpInbox.start();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await sender?.crash();
    await survivor?.close();
    await db?.end();
    await inbox?.close();
    await database?.drop();
  });

  it('arrives exactly once: the SMTP server drops the unfinished one, the other instance sends it after the lease', async () => {
    sender = await ApiProcess.start(database.url, { ...MAIL, SMTP_URL: inbox.url });
    const given = new Given({ gql: sender.gql });
    const { accordId, facilitator, parties } = await given.accordWithParties({
      parties: { GOVERNMENT: 2 },
    });
    const [a, b] = parties;
    const clauseId = await new Negotiation({ gql: sender.gql }, accordId, facilitator).adoptClause(
      a,
      'States shall not attack critical infrastructure.',
      [a, b],
    );
    // The vote's own mail first: the spec is about the next one.
    await eventually(
      async () =>
        (
          await db.query(
            `SELECT 1 FROM accord a JOIN notification_cursor c ON c.accord_id = a.id
             WHERE a.id = $1 AND c.derived_seq = a.last_seq`,
            [accordId],
          )
        ).rowCount,
      (count) => count === 1,
      'the vote derived',
    );
    await eventually(
      async () => (await db.query(`SELECT 1 FROM mail_outbox WHERE sent_at IS NULL`)).rowCount,
      (count) => count === 0,
      'the mail of the vote sent',
    );
    inbox.forget([a.representative.email, b.representative.email]);

    const talk = new Discussion({ gql: sender.gql }, accordId);
    const comment = await talk.post(a.representative, {
      clauseId,
      clauseVersion: 1,
      body: 'What counts as critical?',
    });
    const held = inbox.holdNext();
    await talk.post(b.representative, {
      clauseId,
      clauseVersion: 1,
      parentId: comment.id,
      body: 'Energy, water, health.',
    });
    // The SMTP server has the mail and has not answered its DATA: the sender dies now.
    const first = await held.arrived;
    expect(first.subject).toContain('replied to your comment');
    await sender.crash();
    await held.clientGone;
    held.release();
    expect(inbox.to(a.representative.email)).toEqual([]);

    survivor = await startTestAppOn(database.url, { ...MAIL, SMTP_URL: inbox.url });
    const [mail] = await inbox.waitFor(a.representative.email);
    expect(mail?.messageId).toBe(first.messageId);
    const outbox = await eventually(
      async () =>
        (
          await db.query<{ sent: boolean; attempts: number }>(
            `SELECT o.sent_at IS NOT NULL AS sent, o.attempts FROM mail_outbox o
             JOIN notification n ON n.id = o.notification_id
             WHERE n.recipient_id = $1 AND n.kind = 'REPLY'`,
            [a.representative.id],
          )
        ).rows,
      (rows) => rows.length === 1 && rows[0]!.sent,
      'the mail marked sent',
    );
    expect(outbox).toEqual([{ sent: true, attempts: 2 }]);
    // Once marked sent, nothing sends it again: the inbox holds it once.
    await survivor.app.get(MailOutbox).sendDue();
    expect(inbox.to(a.representative.email)).toHaveLength(1);
    // The notification itself was written once, by the instance that derived it.
    const { rows } = await db.query(
      `SELECT 1 FROM notification WHERE recipient_id = $1 AND kind = 'REPLY'`,
      [a.representative.id],
    );
    expect(rows).toHaveLength(1);
  });
});
