import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccordEventEntity } from '../accord-log/accord-event.entity.js';
import { PeriodicJob } from '../common/periodic-job.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { toEventMessage } from '../realtime/event-delivery.service.js';
import {
  EventLogListener,
  type LogCommitSubscriber,
} from '../realtime/event-log-listener.service.js';
import { AccordFacts } from './accord-facts.js';
import { deriveNotifications } from './derive-notifications.js';
import { NotificationSchedule } from './notification-schedule.js';
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
 *
 * It sleeps until the log listener hears a commit, then derives that accord. Every instance hears
 * every commit, so an accord skipped because another instance holds its cursor is derived by that
 * one, which heard the commit too and runs again once its batch is done. A slow safety sweep
 * (`PLENARY_NOTIFICATIONS_POLL_MS`, and whenever the listener reconnects) finds what a lost
 * notification left behind.
 */
@Injectable()
export class NotificationDerivation
  implements OnApplicationBootstrap, OnApplicationShutdown, LogCommitSubscriber
{
  private readonly logger = new Logger(NotificationDerivation.name);
  /** Accords heard of since the last run. */
  private readonly woken = new Set<string>();
  /** Look at every accord, not only those heard of. */
  private sweep = true;
  private sweepTimer: NodeJS.Timeout | null = null;
  private readonly job = new PeriodicJob(
    () => this.deriveWoken(),
    (error) => {
      this.sweep = true;
      this.logger.warn({ err: error }, 'deriving notifications failed; will retry');
    },
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: NotificationWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly schedule: NotificationSchedule,
    listener: EventLogListener,
  ) {
    if (config.notificationWorker) listener.subscribe(this);
  }

  committed(accordId: string): void {
    this.woken.add(accordId);
    this.job.kick();
  }

  mayHaveMissed(): void {
    this.sweep = true;
    this.job.kick();
  }

  onApplicationBootstrap(): void {
    if (!this.config.notificationWorker) return;
    this.sweepTimer = setInterval(() => this.mayHaveMissed(), this.config.notificationPollMs);
    this.sweepTimer.unref();
    this.job.kick();
  }

  onApplicationShutdown(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    return this.job.stop();
  }

  /** Derives the accords heard of (every accord behind its cursor, when sweeping). */
  private async deriveWoken(): Promise<void> {
    if (this.sweep) {
      this.sweep = false;
      this.woken.clear();
      return this.deriveAll();
    }
    const accords = [...this.woken];
    this.woken.clear();
    for (const accordId of accords) await this.deriveCaughtUp(accordId);
  }

  /** Derives every accord whose log is ahead of its cursor; returns once they are caught up. */
  async deriveAll(): Promise<void> {
    const behind = await this.dataSource.query<{ id: string }[]>(
      `SELECT a.id FROM accord a
       LEFT JOIN notification_cursor c ON c.accord_id = a.id
       WHERE a.last_seq > coalesce(c.derived_seq, 0)`,
    );
    for (const { id } of behind) await this.deriveCaughtUp(id);
  }

  private async deriveCaughtUp(accordId: string): Promise<void> {
    while (await this.deriveNext(accordId)) {
      /* the next batch */
    }
  }

  /** Derives the next batch of one accord's log; false when nothing was left (or another instance has it). */
  async deriveNext(accordId: string): Promise<boolean> {
    let written: WrittenNotification[] = [];
    let voteOpened = false;
    const more = await this.dataSource.transaction(async (manager) => {
      const cursor = await takeCursor(manager, accordId);
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
      voteOpened = events.some((event) => event.type === 'voting.opened');
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
    // A new deadline: its reminders are planned now rather than at the next safety pass.
    if (voteOpened) this.schedule.wake();
    return more;
  }
}

/**
 * The accord's cursor, locked for this transaction; null while another instance holds it. An
 * accord's first derivation writes its cursor (two statements more, once per accord).
 */
async function takeCursor(
  manager: EntityManager,
  accordId: string,
): Promise<{ derivedSeq: number } | null> {
  const take = () =>
    manager.query<{ derivedSeq: number }[]>(
      `SELECT derived_seq AS "derivedSeq" FROM notification_cursor
       WHERE accord_id = $1 FOR UPDATE SKIP LOCKED`,
      [accordId],
    );
  const [cursor] = await take();
  if (cursor) return cursor;
  const created = await manager.query<unknown[]>(
    `INSERT INTO notification_cursor (accord_id, derived_seq) VALUES ($1, 0)
     ON CONFLICT (accord_id) DO NOTHING RETURNING accord_id`,
    [accordId],
  );
  // Not created: it exists and another instance holds it (or took it meanwhile).
  return created.length > 0 ? ((await take())[0] ?? null) : null;
}
