import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EmailDelivery, NotificationKind } from '@plenary/contracts';
import { DomainErrorCode as Code } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DiscussionModule } from '../discussion/discussion.module.js';
import { PostCommentUseCase } from '../discussion/post-comment.usecase.js';
import { sqlDuring } from '../../test/support/statement-count.js';
import { expectRefusal, UseCaseHarness } from '../../test/support/use-case-harness.js';
import { unsubscribeToken } from './mail/unsubscribe-token.js';
import { MarkNotificationsReadUseCase } from './mark-notifications-read.usecase.js';
import { NotificationDerivation } from './notification-derivation.service.js';
import { NotificationDigest } from './notification-digest.service.js';
import { NotificationsModule } from './notifications.module.js';
import { UnsubscribeUseCase } from './unsubscribe.usecase.js';
import { UpdateNotificationSettingsUseCase } from './update-notification-settings.usecase.js';

describe('notifications use cases', () => {
  let h: UseCaseHarness;
  beforeAll(async () => {
    h = await UseCaseHarness.boot([DiscussionModule, NotificationsModule]);
  });
  afterAll(() => h.close());

  /** A reply to `author`'s comment on a new clause, by another party: one REPLY to derive. */
  async function givenReply() {
    const facilitator = await h.user('facilitator');
    const accordId = await h.accord(facilitator);
    const author = await h.party(facilitator, accordId, 'author');
    const replier = await h.party(facilitator, accordId, 'replier');
    const clause = await h.clause(accordId, 'States shall cooperate.', 1);
    const post = h.get(PostCommentUseCase);
    const input = { accordId, clauseId: clause.id, clauseVersion: 1 };
    const comment = await post.execute({
      callerId: author.representative.id,
      input: { ...input, body: 'How?' },
    });
    await post.execute({
      callerId: replier.representative.id,
      input: { ...input, parentId: comment.id, body: 'Together.' },
    });
    return { accordId, author: author.representative, replier: replier.representative };
  }

  const notificationsOf = (userId: string) =>
    h.db.query<{ id: string; kind: string }[]>(
      `SELECT id, kind FROM notification WHERE recipient_id = $1 ORDER BY created_at, id`,
      [userId],
    );

  it('derives each event once, whichever of two workers takes the accord, and moves its cursor with it', async () => {
    const { accordId, author, replier } = await givenReply();
    const derivation = h.get(NotificationDerivation);
    await Promise.all([derivation.deriveNext(accordId), derivation.deriveNext(accordId)]);
    await derivation.deriveAll();
    const [cursor] = await h.db.query<{ derived: boolean }[]>(
      `SELECT c.derived_seq = a.last_seq AS derived FROM notification_cursor c
       JOIN accord a ON a.id = c.accord_id WHERE a.id = $1`,
      [accordId],
    );
    expect(cursor?.derived).toBe(true);
    expect((await notificationsOf(author.id)).map((n) => n.kind)).toEqual(['REPLY']);
    expect(await notificationsOf(replier.id)).toEqual([]);
    // Replayed from the start (a cursor lost), nothing is written twice.
    await h.db.query(`UPDATE notification_cursor SET derived_seq = 0 WHERE accord_id = $1`, [
      accordId,
    ]);
    await derivation.deriveAll();
    expect(await notificationsOf(author.id)).toHaveLength(1);
    const queued = await h.db.query<unknown[]>(
      `SELECT 1 FROM mail_outbox WHERE recipient_id = $1`,
      [author.id],
    );
    expect(queued).toHaveLength(1);
  });

  it('derives a comment that answers and names nobody without reading anything about the accord', async () => {
    const { accordId, author } = await givenReply();
    const derivation = h.get(NotificationDerivation);
    await derivation.deriveAll();
    const clause = await h.clause(accordId, 'States shall report.', 2);
    await h.get(PostCommentUseCase).execute({
      callerId: author.id,
      input: { accordId, clauseId: clause.id, clauseVersion: 1, body: 'Noted, thank you.' },
    });
    const statements: string[] = [];
    const app = { app: { get: () => h.db } } as unknown as Parameters<typeof sqlDuring>[0];
    statements.push(...(await sqlDuring(app, () => derivation.deriveNext(accordId))));
    // The cursor taken, the event read, the cursor moved: no title, author, place or people.
    expect(statements.map((sql) => sql.trim().replace(/\s+/g, ' ').slice(0, 60))).toEqual([
      'START TRANSACTION',
      expect.stringMatching(/^SELECT derived_seq AS "derivedSeq" FROM notification_cursor/),
      expect.stringMatching(/^SELECT "e"\."accord_id"/),
      expect.stringMatching(/^UPDATE notification_cursor/),
      'COMMIT',
    ]);
  });

  it("markNotificationsRead: one's own only; ids or upTo, not both", async () => {
    const { accordId, author, replier } = await givenReply();
    await h.get(NotificationDerivation).deriveNext(accordId);
    const [reply] = await notificationsOf(author.id);
    const mark = h.get(MarkNotificationsReadUseCase);
    await expectRefusal(
      mark.execute({ callerId: replier.id, ids: [reply!.id] }),
      'NOT_FOUND',
      Code.NOTIFICATION_NOT_FOUND,
    );
    await expectRefusal(
      mark.execute({ callerId: author.id, ids: [reply!.id], upTo: reply!.id }),
      'BAD_USER_INPUT',
      Code.INVALID_INPUT,
    );
    expect(await mark.execute({ callerId: author.id, upTo: reply!.id })).toBe(1);
    expect(await mark.execute({ callerId: author.id, ids: [reply!.id] })).toBe(0);
  });

  it('updateNotificationSettings: mail not sent yet follows the new choice', async () => {
    const user = await h.user('reader');
    // Seeded as the writer leaves them: two notifications, their mail queued.
    const queue = (kind: NotificationKind) =>
      h.db.query(
        `WITH n AS (INSERT INTO notification (recipient_id, kind, source, subject)
                    VALUES ($1, $2, gen_random_uuid()::text, '{"path": "/"}') RETURNING id)
         INSERT INTO mail_outbox (recipient_id, notification_id) SELECT $1, id FROM n`,
        [user.id, kind],
      );
    await queue(NotificationKind.REPLY);
    await queue(NotificationKind.MENTION);
    await h.get(UpdateNotificationSettingsUseCase).execute({
      callerId: user.id,
      settings: [
        { kind: NotificationKind.REPLY, email: EmailDelivery.DAILY_DIGEST },
        { kind: NotificationKind.MENTION, email: EmailDelivery.OFF },
      ],
    });
    const rows = await h.db.query<{ kind: string; queued: boolean; waiting: boolean }[]>(
      `SELECT n.kind, EXISTS (SELECT 1 FROM mail_outbox o WHERE o.notification_id = n.id) AS queued,
              n.digest_pending AS waiting
       FROM notification n WHERE n.recipient_id = $1 ORDER BY n.kind`,
      [user.id],
    );
    expect(rows).toEqual([
      { kind: 'MENTION', queued: false, waiting: false },
      { kind: 'REPLY', queued: false, waiting: true },
    ]);
  });

  it('runDigest: batches of recipients, one digest each, once with two runs at the same time', async () => {
    // 450 recipients (three batches), two notifications each waiting for the digest.
    const users = await h.db.query<{ id: string }[]>(
      `INSERT INTO app_user (email, display_name, password_hash)
       SELECT 'digest.' || i || '.' || gen_random_uuid() || '@example.org', 'Reader ' || i, 'not-a-hash'
       FROM generate_series(1, 450) i RETURNING id`,
    );
    const ids = users.map((u) => u.id);
    await h.db.query(
      `INSERT INTO notification (recipient_id, kind, source, subject, digest_pending, created_at)
       SELECT u, 'REPLY', gen_random_uuid()::text, '{"path": "/"}', true, now() - interval '2 days'
       FROM unnest($1::uuid[]) u, generate_series(1, 2)`,
      [ids],
    );
    const digest = h.get(NotificationDigest);
    const now = new Date();
    const [first, second] = await Promise.all([digest.runDigest(now), digest.runDigest(now)]);
    expect(first + second).toBeGreaterThanOrEqual(450);
    const [made] = await h.db.query<{ digests: number; users: number; left: number }[]>(
      `SELECT (SELECT count(*)::int FROM mail_outbox WHERE recipient_id = ANY($1) AND digest_day IS NOT NULL) AS digests,
              (SELECT count(DISTINCT n.recipient_id)::int FROM notification n
               JOIN mail_outbox o ON o.id = n.digest_id AND o.recipient_id = n.recipient_id
               WHERE n.recipient_id = ANY($1)) AS users,
              (SELECT count(*)::int FROM notification
               WHERE recipient_id = ANY($1) AND (digest_pending OR digest_id IS NULL)) AS left`,
      [ids],
    );
    expect(made).toEqual({ digests: 450, users: 450, left: 0 });
    expect(await digest.runDigest(now)).toBe(0);
  });

  it('unsubscribe: a signed token turns mail off; a forged one is refused', async () => {
    const user = await h.user('reader');
    const secret = h.module.get<AppConfig>(APP_CONFIG).jwtSecret;
    const unsubscribe = h.get(UnsubscribeUseCase);
    await expectRefusal(
      unsubscribe.execute({
        token: unsubscribeToken('x'.repeat(40), { userId: user.id, scope: 'ALL' }),
      }),
      'BAD_USER_INPUT',
      Code.INVALID_INPUT,
    );
    await unsubscribe.execute({
      token: unsubscribeToken(secret, { userId: user.id, scope: 'ALL' }),
    });
    const settings = await h.db.query<{ email: string }[]>(
      `SELECT email FROM notification_setting WHERE user_id = $1`,
      [user.id],
    );
    expect(settings.map((s) => s.email)).toEqual(Object.values(NotificationKind).map(() => 'OFF'));
  });
});
