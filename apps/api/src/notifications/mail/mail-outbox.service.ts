import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PeriodicJob } from '../../common/periodic-job.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import {
  type ComposedMail,
  composeDigestMail,
  composeNotificationMail,
  type MailNotification,
  type MailSettings,
} from './mail-composer.js';
import { COMMENT_OF_SUBJECT, SUBJECT_SHOWN } from '../notification-reads.service.js';
import { MailTransport } from './mail-transport.js';
import { MailWakeUp } from './mail-wake-up.js';
import { MailDropReason, whyNotMailed } from '../recipient-access.js';

/** A notification read for mailing, with why it may not be mailed now (null: it may). */
interface Droppable {
  droppedBecause: MailDropReason | null;
}

interface ClaimedMail {
  id: string;
  recipientId: string;
  notificationId: string | null;
  digestDay: string | null;
  attempts: number;
}

const CLAIM = 10;
const MAX_BACKOFF_SECONDS = 3600;

/**
 * Sends the mail outbox. An instance claims due rows with `FOR UPDATE SKIP LOCKED` and a lease
 * (`claimed_until`), sends each, and marks it sent once the SMTP server accepted it. An instance
 * that dies mid-send leaves its rows claimed: after the lease another one sends them again, with
 * the same Message-ID. The SMTP server drops a transaction whose client vanished before its
 * reply to DATA, so each mail arrives once; only a death between that reply and the mark could
 * send it twice (and the Message-ID lets a mail client fold the two).
 */
@Injectable()
export class MailOutbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailOutbox.name);
  private readonly settings: MailSettings;
  private readonly job = new PeriodicJob(
    () => this.sendDue(),
    (error) => this.logger.warn({ err: error }, 'sending mail failed; will retry'),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    wakeUp: MailWakeUp,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.settings = {
      publicUrl: config.publicUrl,
      secret: config.jwtSecret,
      domain: new URL(config.publicUrl).hostname,
    };
    // Mail written now is sent now, or once more after the run in progress.
    if (config.notificationWorker) wakeUp.listen(() => this.job.kick());
  }

  onApplicationBootstrap(): void {
    if (!this.config.notificationWorker) return;
    this.job.start(this.config.notificationPollMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Sends every due mail it can claim; returns how many were sent. */
  async sendDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const claimed = await this.claim();
      for (const mail of claimed) if (await this.sendOne(mail)) sent++;
      if (claimed.length < CLAIM || this.job.stopped) return sent;
    }
  }

  private async claim(): Promise<ClaimedMail[]> {
    // UPDATE answers [rows, count] through TypeORM.
    const [rows] = await this.dataSource.query<[ClaimedMail[], number]>(
      `UPDATE mail_outbox SET claimed_until = now() + make_interval(secs => $1), attempts = attempts + 1
       WHERE id IN (SELECT id FROM mail_outbox
                    WHERE sent_at IS NULL AND dropped_at IS NULL AND due_at <= now()
                      AND (claimed_until IS NULL OR claimed_until < now())
                    ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient_id AS "recipientId", notification_id AS "notificationId",
                 to_char(digest_day, 'YYYY-MM-DD') AS "digestDay", attempts`,
      [this.config.mailLeaseSeconds, CLAIM],
    );
    return rows;
  }

  private async sendOne(claimed: ClaimedMail): Promise<boolean> {
    try {
      const mail = await this.compose(claimed);
      if (typeof mail === 'string') {
        this.logger.log({ mailId: claimed.id, reason: mail }, 'a mail was dropped, not sent');
        await this.dataSource.query(
          `UPDATE mail_outbox SET dropped_at = now(), dropped_reason = $2, claimed_until = NULL
           WHERE id = $1`,
          [claimed.id, mail],
        );
        return false;
      }
      await this.transport.send(mail);
      await this.dataSource.query(
        `UPDATE mail_outbox SET sent_at = now(), claimed_until = NULL, last_error = NULL
         WHERE id = $1`,
        [claimed.id],
      );
      return true;
    } catch (error) {
      const backoff = Math.min(MAX_BACKOFF_SECONDS, 5 * 2 ** claimed.attempts);
      this.logger.warn(
        { err: error, mailId: claimed.id, attempts: claimed.attempts },
        'a mail was not accepted; will retry',
      );
      await this.dataSource.query(
        `UPDATE mail_outbox SET claimed_until = NULL, last_error = $2,
                due_at = now() + make_interval(secs => $3)
         WHERE id = $1 AND sent_at IS NULL`,
        [claimed.id, String((error as Error)?.message ?? error).slice(0, 500), backoff],
      );
      return false;
    }
  }

  /**
   * The mail of an outbox row, or why it is dropped: nothing left to say, or an accord its
   * recipient may no longer read (checked now, at the send: his membership may have ended since
   * the event). A digest leaves out what he may no longer read, each left-out notification
   * marked with the reason; a read digest is still sent.
   */
  private async compose(claimed: ClaimedMail): Promise<ComposedMail | MailDropReason> {
    const [recipient] = await this.dataSource.query<
      { id: string; email: string; displayName: string }[]
    >(`SELECT id, email, display_name AS "displayName" FROM app_user WHERE id = $1`, [
      claimed.recipientId,
    ]);
    if (!recipient) return MailDropReason.NOTHING_TO_SEND;
    if (claimed.notificationId) {
      const [notification] = await this.dataSource.query<(MailNotification & Droppable)[]>(
        `SELECT n.id, n.kind, ${SUBJECT_SHOWN}, ${whyNotMailed('n')} AS "droppedBecause"
         FROM notification n ${COMMENT_OF_SUBJECT}
         WHERE n.id = $1`,
        [claimed.notificationId],
      );
      if (!notification) return MailDropReason.NOTHING_TO_SEND;
      if (notification.droppedBecause) return notification.droppedBecause;
      return composeNotificationMail(this.settings, recipient, notification);
    }
    const listed = await this.dataSource.query<(MailNotification & Droppable)[]>(
      `SELECT n.id, n.kind, ${SUBJECT_SHOWN}, ${whyNotMailed('n')} AS "droppedBecause"
       FROM notification n ${COMMENT_OF_SUBJECT}
       WHERE n.digest_id = $1 AND n.mail_dropped_reason IS NULL ORDER BY n.created_at, n.id`,
      [claimed.id],
    );
    const dropped = listed.filter((n) => n.droppedBecause);
    if (dropped.length > 0) {
      await this.dataSource.query(
        `UPDATE notification d SET mail_dropped_reason = w.reason
         FROM unnest($1::uuid[], $2::text[]) AS w(id, reason) WHERE d.id = w.id`,
        [dropped.map((n) => n.id), dropped.map((n) => n.droppedBecause)],
      );
    }
    const notifications = listed.filter((n) => !n.droppedBecause);
    if (notifications.length === 0 || !claimed.digestDay) {
      return dropped[0]?.droppedBecause ?? MailDropReason.NOTHING_TO_SEND;
    }
    return composeDigestMail(
      this.settings,
      recipient,
      { id: claimed.id, day: claimed.digestDay },
      notifications,
    );
  }
}
