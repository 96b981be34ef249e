import { Injectable } from '@nestjs/common';
import type { NotificationKind, NotificationMessage } from '@plenary/contracts';
import { toIsoMillis } from '@plenary/ledger';
import type { EntityManager } from 'typeorm';
import { PersonalRooms } from '../realtime/personal-rooms.js';
import type { NotificationDraft } from './notification-draft.js';
import { describeNotification, type NotificationSubject } from './notification-words.js';
import { MailWakeUp } from './mail/mail-wake-up.js';
import { readableByRecipient } from './recipient-access.js';

/** A notification just written, to announce once its transaction committed. */
export interface WrittenNotification {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  subject: NotificationSubject;
  createdAt: Date;
}

export const toNotificationMessage = (row: WrittenNotification): NotificationMessage => ({
  id: row.id,
  kind: row.kind,
  text: describeNotification(row.kind, row.subject),
  path: row.subject.path,
  createdAt: toIsoMillis(row.createdAt),
});

/**
 * Writes notifications in the caller's transaction, each at most once (by source, recipient and
 * kind) and only to a recipient who may read the accord it is about, and queues their mail by the recipient's settings: an outbox row now (IMMEDIATE), a
 * place in tomorrow's digest (DAILY_DIGEST), or nothing (OFF). Only what this call inserted is
 * returned: a replay announces nothing twice.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly rooms: PersonalRooms,
    private readonly mail: MailWakeUp,
  ) {}

  async write(
    manager: EntityManager,
    drafts: readonly NotificationDraft[],
  ): Promise<WrittenNotification[]> {
    if (drafts.length === 0) return [];
    const written = await manager.query<WrittenNotification[]>(
      `INSERT INTO notification (recipient_id, kind, source, accord_id, actor_id, subject)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::uuid[], $6::jsonb[])
         AS d (recipient_id, kind, source, accord_id, actor_id, subject)
       WHERE ${readableByRecipient('d')}
       ON CONFLICT ON CONSTRAINT notification_once DO NOTHING
       RETURNING id, recipient_id AS "recipientId", kind, subject, created_at AS "createdAt"`,
      [
        drafts.map((d) => d.recipientId),
        drafts.map((d) => d.kind),
        drafts.map((d) => d.source),
        drafts.map((d) => d.accordId),
        drafts.map((d) => d.actorId),
        drafts.map((d) => JSON.stringify(d.subject)),
      ],
    );
    if (written.length === 0) return [];
    const ids = written.map((row) => row.id);
    await manager.query(
      `UPDATE notification n SET digest_pending = true
       FROM notification_setting s
       WHERE n.id = ANY($1) AND s.user_id = n.recipient_id AND s.kind = n.kind
         AND s.email = 'DAILY_DIGEST'`,
      [ids],
    );
    await manager.query(
      `INSERT INTO mail_outbox (recipient_id, notification_id)
       SELECT n.recipient_id, n.id FROM notification n
       LEFT JOIN notification_setting s ON s.user_id = n.recipient_id AND s.kind = n.kind
       WHERE n.id = ANY($1) AND coalesce(s.email, 'IMMEDIATE') = 'IMMEDIATE'`,
      [ids],
    );
    return written;
  }

  /** After the commit: the bell of each recipient, and the mail sender. */
  announce(written: readonly WrittenNotification[]): void {
    if (written.length === 0) return;
    for (const row of written) {
      this.rooms.send(row.recipientId, 'notification', toNotificationMessage(row));
    }
    this.mail.wakeUp();
  }
}
