import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DueTimer } from '../common/due-timer.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { nextDigestAt, NotificationDigest } from './notification-digest.service.js';
import { VoteReminders } from './vote-reminders.service.js';

/** The longest an instance sleeps without a reminder or digest due: a safety net. */
const MAX_SLEEP_MS = 10 * 60_000;

/**
 * Reminders and digests, at the moment they fall due: a pass writes what is due, then sleeps
 * until the next reminder or digest hour (at most ten minutes). A vote opening wakes it (the
 * instance that derives `voting.opened` calls `wake`); the others see that vote at their next
 * pass. Every instance runs this; the writes make each reminder and digest once.
 */
@Injectable()
export class NotificationSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSchedule.name);
  private readonly timer = new DueTimer(
    async (now) => {
      const { nextAt } = await this.reminders.pass(now);
      await this.digest.runDigest(now);
      const digestAt = nextDigestAt(now, this.config.digestHourUtc);
      return nextAt && nextAt < digestAt ? nextAt : digestAt;
    },
    (error) => this.logger.warn({ err: error }, 'reminders or digests failed; will retry'),
    MAX_SLEEP_MS,
  );

  constructor(
    private readonly reminders: VoteReminders,
    private readonly digest: NotificationDigest,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Something changed the plan (a vote opened): look again now. */
  wake(): void {
    if (this.config.notificationWorker) this.timer.wake();
  }

  onApplicationBootstrap(): void {
    if (this.config.notificationWorker) this.timer.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.timer.stop();
  }
}
