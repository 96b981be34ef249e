import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { PeriodicJob } from '../common/periodic-job.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { NotificationDigest } from './notification-digest.service.js';
import { VoteReminders } from './vote-reminders.service.js';

const EVERY_MS = 30_000;

/**
 * Every instance looks for due reminders and digests twice a minute (or as rarely as it derives
 * notifications, if that is rarer); the writes make each once.
 */
@Injectable()
export class NotificationSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSchedule.name);
  private readonly job = new PeriodicJob(
    async () => {
      const now = new Date();
      await this.reminders.sendReminders(now);
      await this.digest.runDigest(now);
    },
    (error) => this.logger.warn({ err: error }, 'reminders or digests failed; will retry'),
  );

  constructor(
    private readonly reminders: VoteReminders,
    private readonly digest: NotificationDigest,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(Math.max(EVERY_MS, this.config.notificationPollMs));
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}
