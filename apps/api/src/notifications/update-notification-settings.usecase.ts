import { Injectable } from '@nestjs/common';
import { EmailDelivery, type NotificationKind } from '@plenary/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { inTransaction } from '../common/database/transaction.js';

export interface UpdateNotificationSettingsCommand {
  callerId: string;
  settings: readonly { kind: NotificationKind; email: EmailDelivery }[];
}

/**
 * Sets how each kind of notification reaches the user by email. Mail not sent yet follows the
 * new choice: turned OFF, it is not sent; moved to the digest, it waits for it.
 */
@Injectable()
export class UpdateNotificationSettingsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ callerId, settings }: UpdateNotificationSettingsCommand): Promise<void> {
    await inTransaction(this.dataSource, (manager) => applySettings(manager, callerId, settings));
  }
}

export async function applySettings(
  manager: EntityManager,
  userId: string,
  settings: UpdateNotificationSettingsCommand['settings'],
): Promise<void> {
  for (const { kind, email } of settings) {
    await manager.query(
      `INSERT INTO notification_setting (user_id, kind, email) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET email = excluded.email`,
      [userId, kind, email],
    );
    if (email === EmailDelivery.IMMEDIATE) continue;
    // Mail queued but not claimed yet: dropped, or moved to the digest.
    // UPDATE and DELETE answer [rows, count] through TypeORM.
    const [dropped] = await manager.query<[{ notificationId: string }[], number]>(
      `DELETE FROM mail_outbox o USING notification n
       WHERE o.notification_id = n.id AND n.recipient_id = $1 AND n.kind = $2
         AND o.sent_at IS NULL AND o.dropped_at IS NULL
         AND (o.claimed_until IS NULL OR o.claimed_until < now())
       RETURNING o.notification_id AS "notificationId"`,
      [userId, kind],
    );
    if (email === EmailDelivery.DAILY_DIGEST && dropped.length > 0) {
      await manager.query(`UPDATE notification SET digest_pending = true WHERE id = ANY($1)`, [
        dropped.map((row) => row.notificationId),
      ]);
    }
    if (email === EmailDelivery.OFF) {
      await manager.query(
        `UPDATE notification SET digest_pending = false
         WHERE recipient_id = $1 AND kind = $2 AND digest_pending`,
        [userId, kind],
      );
    }
  }
}
