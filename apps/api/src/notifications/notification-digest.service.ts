import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MailWakeUp } from './mail/mail-wake-up.js';

/** The last digest moment at or before `now`: today at the digest hour (UTC), or yesterday's. */
export function digestCutoff(now: Date, hourUtc: number): Date {
  const today = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc),
  );
  return today.getTime() <= now.getTime() ? today : new Date(today.getTime() - 86_400_000);
}

/** The next digest moment after `now`. */
export const nextDigestAt = (now: Date, hourUtc: number): Date =>
  new Date(digestCutoff(now, hourUtc).getTime() + 86_400_000);

/**
 * The daily digest: at the digest hour, each user with notifications waiting for it gets one
 * mail with every one made before that hour. One outbox row per user and day (a unique key),
 * so instances running this together, or again after a restart, make each day's digest once;
 * an instance that was down at the hour makes it when it comes back.
 */
@Injectable()
export class NotificationDigest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailWakeUp,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Makes the digests due at `now`; returns how many it made. */
  async runDigest(now: Date): Promise<number> {
    const cutoff = digestCutoff(now, this.config.digestHourUtc);
    const day = cutoff.toISOString().slice(0, 10);
    const waiting = await this.dataSource.query<{ recipientId: string }[]>(
      `SELECT DISTINCT recipient_id AS "recipientId" FROM notification
       WHERE digest_pending AND created_at < $1`,
      [cutoff],
    );
    let made = 0;
    for (const { recipientId } of waiting) {
      const digestMade = await this.dataSource.transaction(async (manager) => {
        const [digest] = await manager.query<{ id: string }[]>(
          `INSERT INTO mail_outbox (recipient_id, digest_day) VALUES ($1, $2)
           ON CONFLICT ON CONSTRAINT mail_outbox_one_digest_a_day DO NOTHING RETURNING id`,
          [recipientId, day],
        );
        // Today's digest was made already: what came after it waits for tomorrow's.
        if (!digest) return false;
        await manager.query(
          `UPDATE notification SET digest_pending = false, digest_id = $3
           WHERE recipient_id = $1 AND digest_pending AND created_at < $2`,
          [recipientId, cutoff, digest.id],
        );
        return true;
      });
      if (digestMade) made++;
    }
    if (made > 0) this.mail.wakeUp();
    return made;
  }
}
