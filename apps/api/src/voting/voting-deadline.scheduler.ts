import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AmendmentStatus } from '@plenary/contracts';
import { EventLogService } from '../accord-log/event-log.service.js';
import { AmendmentEntity } from '../drafting/amendment.entity.js';
import { RunningVote } from '../drafting/running-vote.js';
import { decideVote } from './decide-vote.js';
import { votingContext } from './voting-context.js';
import { firstRow } from '../common/database/first-row.js';
import { PeriodicJob } from '../common/periodic-job.js';

/**
 * Closes votes whose `closesAt` has passed. The deadlines live in the database, so the job
 * survives restarts; every instance runs it, and the close itself makes sure each vote is closed
 * exactly once.
 */
@Injectable()
export class VotingDeadlineScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(VotingDeadlineScheduler.name);
  // closeDueVotes reports its own failures.
  private readonly job = new PeriodicJob(
    () => this.closeDueVotes(),
    () => undefined,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLogService,
    private readonly votes: RunningVote,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.job.start(this.config.deadlinePollMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  async closeDueVotes(): Promise<number> {
    let closed = 0;
    try {
      const due = await this.dataSource.query<{ id: string; accordId: string }[]>(
        `SELECT id, accord_id AS "accordId" FROM amendment
         WHERE status = 'VOTING' AND closes_at <= now() ORDER BY closes_at LIMIT 50`,
      );
      for (const { id, accordId } of due) {
        if (await this.closeDue(id, accordId)) closed++;
      }
    } catch (error) {
      this.logger.error({ err: error }, 'closing votes at their deadline failed; will retry');
    }
    return closed;
  }

  /**
   * Returns false when someone else closed it first: the status check under the lock makes each
   * vote close exactly once, whatever the number of instances.
   */
  async closeDue(amendmentId: string, knownAccordId?: string): Promise<boolean> {
    const accordId = knownAccordId ?? (await accordIdOf(this.dataSource, amendmentId));
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const amendment = await write.manager.findOneByOrFail(AmendmentEntity, { id: amendmentId });
        const due =
          amendment.status === AmendmentStatus.VOTING &&
          amendment.closesAt &&
          amendment.closesAt.getTime() <= Date.now();
        if (!due) return false;
        const context = await votingContext(write.manager, accordId);
        await decideVote(write, amendment, null, context, this.votes);
        this.logger.log({ amendmentId, accordId }, 'closed a vote at its deadline');
        return true;
      },
      { changesTextAs: null },
    );
  }
}

async function accordIdOf(dataSource: DataSource, amendmentId: string): Promise<string> {
  const rows = await dataSource.query<{ accordId: string }[]>(
    `SELECT accord_id AS "accordId" FROM amendment WHERE id = $1`,
    [amendmentId],
  );
  return firstRow(rows, 'the accord of the amendment').accordId;
}
