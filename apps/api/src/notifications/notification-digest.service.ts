import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MailWakeUp } from './mail/mail-wake-up.js';
import { whyNotMailed } from './recipient-access.js';

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

/** Recipients whose digests one transaction makes. */
const BATCH = 200;

/**
 * The daily digest: at the digest hour, each user with notifications waiting for it gets one
 * mail with every one made before that hour. One outbox row per user and day (a unique key),
 * so instances running this together, or again after a restart, make each day's digest once;
 * an instance that was down at the hour makes it when it comes back. Recipients are taken in
 * batches of 200 by id, one transaction and three statements a batch; what a recipient may no
 * longer read, or a call to a vote he no longer casts, is dropped from his digest then (and
 * checked again when it is sent).
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
    let made = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await this.digestBatch(cutoff, day, after);
      if (!batch) break;
      made += batch.made;
      after = batch.last;
    }
    if (made > 0) this.mail.wakeUp();
    return made;
  }

  /** The digests of the next recipients after `after` (by id); null when none is left. */
  private digestBatch(
    cutoff: Date,
    day: string,
    after: string | null,
  ): Promise<{ made: number; last: string } | null> {
    return this.dataSource.transaction(async (manager) => {
      const recipients = await manager.query<{ id: string }[]>(
        `SELECT DISTINCT recipient_id AS id FROM notification
         WHERE digest_pending AND created_at < $1 AND ($2::uuid IS NULL OR recipient_id > $2)
         ORDER BY recipient_id LIMIT $3`,
        [cutoff, after, BATCH],
      );
      const last = recipients.at(-1);
      if (!last) return null;
      const ids = recipients.map((r) => r.id);
      await manager.query(
        `UPDATE notification d SET digest_pending = false, mail_dropped_reason = w.reason
         FROM (SELECT n.id, ${whyNotMailed('n')} AS reason FROM notification n
               WHERE n.recipient_id = ANY($1) AND n.digest_pending AND n.created_at < $2) w
         WHERE d.id = w.id AND w.reason IS NOT NULL`,
        [ids, cutoff],
      );
      // One digest per recipient with something left; where today's was made already, what
      // came after it waits for tomorrow's. Inserted in id order, as every instance does.
      const [digested] = await manager.query<[{ digestId: string }[], number]>(
        `WITH waiting AS (
           SELECT DISTINCT recipient_id FROM notification
           WHERE recipient_id = ANY($1) AND digest_pending AND created_at < $2
           ORDER BY recipient_id),
         digest AS (
           INSERT INTO mail_outbox (recipient_id, digest_day)
           SELECT recipient_id, $3 FROM waiting ORDER BY recipient_id
           ON CONFLICT ON CONSTRAINT mail_outbox_one_digest_a_day DO NOTHING
           RETURNING id, recipient_id)
         UPDATE notification n SET digest_pending = false, digest_id = d.id
         FROM digest d
         WHERE n.recipient_id = d.recipient_id AND n.digest_pending AND n.created_at < $2
         RETURNING d.id AS "digestId"`,
        [ids, cutoff, day],
      );
      return { made: new Set(digested.map((row) => row.digestId)).size, last: last.id };
    });
  }
}
