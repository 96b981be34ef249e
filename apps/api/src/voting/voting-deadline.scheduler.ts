import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { CloseVotingUseCase } from './close-voting.usecase.js';

/**
 * Closes votes whose `closesAt` has passed. The deadlines live in the database, so the job
 * survives restarts; every instance runs it, and the close itself makes sure each vote is closed
 * exactly once.
 */
@Injectable()
export class VotingDeadlineScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(VotingDeadlineScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly closeVoting: CloseVotingUseCase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.closeDueVotes().finally(() => (this.running = null));
    }, this.config.deadlinePollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async closeDueVotes(): Promise<number> {
    let closed = 0;
    try {
      const due = await this.dataSource.query<{ id: string; accordId: string }[]>(
        `SELECT id, accord_id AS "accordId" FROM amendment
         WHERE status = 'VOTING' AND closes_at <= now() ORDER BY closes_at LIMIT 50`,
      );
      for (const { id, accordId } of due) {
        if (await this.closeVoting.closeDue(id, accordId)) closed++;
      }
    } catch (error) {
      this.logger.error({ err: error }, 'closing votes at their deadline failed; will retry');
    }
    return closed;
  }
}
