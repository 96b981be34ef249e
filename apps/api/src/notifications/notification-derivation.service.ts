import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccordEventEntity } from '../accord-log/accord-event.entity.js';
import { PeriodicJob } from '../common/periodic-job.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { toEventMessage } from '../realtime/event-delivery.service.js';
import { AccordFacts } from './accord-facts.js';
import { deriveNotifications } from './derive-notifications.js';
import { NotificationWriter, type WrittenNotification } from './notification-writer.js';

const BATCH = 200;

/**
 * Turns the committed event log into notifications. Per accord, a cursor in the database says
 * how far the log has been derived; an instance takes an accord's cursor with
 * `FOR UPDATE SKIP LOCKED` (another instance deriving it meanwhile is skipped, not waited for),
 * writes the notifications of the next events and moves the cursor in the same transaction. So
 * every event is derived once whatever the number of instances, and a crash before the commit
 * leaves the cursor where it was for the next one to redo; the notification's unique key
 * (source, recipient, kind) keeps a redo from writing anything twice.
 */
@Injectable()
export class NotificationDerivation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationDerivation.name);
  private readonly job = new PeriodicJob(
    () => this.deriveAll(),
    (error) => this.logger.warn({ err: error }, 'deriving notifications failed; will retry'),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: NotificationWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.config.notificationPollMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Derives every accord whose log is ahead of its cursor; returns once they are caught up. */
  async deriveAll(): Promise<void> {
    const behind = await this.dataSource.query<{ id: string }[]>(
      `SELECT a.id FROM accord a
       LEFT JOIN notification_cursor c ON c.accord_id = a.id
       WHERE a.last_seq > coalesce(c.derived_seq, 0)`,
    );
    for (const { id } of behind) {
      while (await this.deriveNext(id)) {
        /* the next batch */
      }
    }
  }

  /** Derives the next batch of one accord's log; false when nothing was left (or another instance has it). */
  async deriveNext(accordId: string): Promise<boolean> {
    let written: WrittenNotification[] = [];
    const more = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO notification_cursor (accord_id, derived_seq) VALUES ($1, 0)
         ON CONFLICT (accord_id) DO NOTHING`,
        [accordId],
      );
      const [cursor] = await manager.query<{ derivedSeq: number }[]>(
        `SELECT derived_seq AS "derivedSeq" FROM notification_cursor
         WHERE accord_id = $1 FOR UPDATE SKIP LOCKED`,
        [accordId],
      );
      if (!cursor) return false;
      const events = await manager
        .getRepository(AccordEventEntity)
        .createQueryBuilder('e')
        .where('e.accord_id = :accordId AND e.seq > :after', {
          accordId,
          after: cursor.derivedSeq,
        })
        .orderBy('e.seq', 'ASC')
        .take(BATCH)
        .getMany();
      const last = events.at(-1);
      if (!last) return false;
      const facts = new AccordFacts(manager, accordId);
      const drafts = [];
      for (const event of events) {
        drafts.push(...(await deriveNotifications(toEventMessage(event), facts)));
      }
      written = await this.writer.write(manager, drafts);
      await manager.query(`UPDATE notification_cursor SET derived_seq = $2 WHERE accord_id = $1`, [
        accordId,
        last.seq,
      ]);
      return events.length === BATCH;
    });
    this.writer.announce(written);
    return more;
  }
}
