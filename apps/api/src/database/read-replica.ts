import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Metrics } from '../common/metrics/metrics.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { dataSourceOptions } from './data-source-options.js';

/**
 * A hot standby (DATABASE_READ_URL) for the reads that cost the most and need not be the latest
 * instant: history, exports and search. Read-your-own-writes: after a write commits, the writer's
 * position in the primary's WAL is kept in `read_fence` (on the primary, so every instance knows
 * it); that user's reads go to the primary until the standby has replayed past it. Everyone else
 * reads the standby as it stands, which is at most its replication lag behind.
 */
@Injectable()
export class ReadReplica implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReadReplica.name);
  private replica: DataSource | null = null;
  private replicaReads = 0;
  private fencedReads = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly primary: DataSource,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Connects to the standby and checks it is one (in recovery), or stops the start: a primary
   * given as DATABASE_READ_URL would take no fences into account. Unreachable, it is warned of
   * and every read goes to the primary until it answers.
   */
  async onModuleInit(): Promise<void> {
    const { readUrl, poolSize, statementTimeoutMs } = this.config.database;
    if (readUrl === null) return;
    this.metrics.counterFrom(
      'plenary_db_replica_reads_total',
      'History, export and search reads served by the read replica',
      () => this.replicaReads,
    );
    this.metrics.counterFrom(
      'plenary_db_replica_fenced_reads_total',
      'Such reads sent to the primary: the replica had not yet replayed the caller’s last write',
      () => this.fencedReads,
    );
    const replica = new DataSource({
      ...dataSourceOptions(readUrl, { poolSize, statementTimeoutMs }),
      entities: this.primary.entityMetadatas.map((metadata) => metadata.target),
      migrations: [],
    });
    try {
      await replica.initialize();
    } catch (error) {
      this.logger.warn(
        { err: error },
        'the read replica does not answer: reading from the primary',
      );
      return;
    }
    const [state] = await replica.query<{ standby: boolean }[]>(
      'SELECT pg_is_in_recovery() AS standby',
    );
    if (!state?.standby) {
      await replica.destroy();
      throw new Error(
        'DATABASE_READ_URL is not a standby (pg_is_in_recovery() is false): name a streaming replica of DATABASE_URL, or unset it',
      );
    }
    this.replica = replica;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.replica?.destroy();
    this.replica = null;
  }

  /**
   * After `userIds` wrote (their transaction committed): where the primary's WAL stands now,
   * which is past their commit. Nothing without a replica.
   */
  async wrote(userIds: Iterable<string | null>): Promise<void> {
    if (this.config.database.readUrl === null) return;
    const ids = [...new Set(userIds)].filter((id): id is string => id !== null);
    if (ids.length === 0) return;
    try {
      await this.primary.query(
        `INSERT INTO read_fence (user_id, lsn) SELECT id, pg_current_wal_lsn() FROM unnest($1::uuid[]) id
         ON CONFLICT (user_id) DO UPDATE SET lsn = EXCLUDED.lsn`,
        [ids],
      );
    } catch (error) {
      // The write committed: its author may read the replica's older state for a moment.
      this.logger.warn({ err: error }, 'could not record a write for the read replica');
    }
  }

  /**
   * Where `callerId`'s history, export and search reads go: the replica, unless it has not yet
   * replayed the caller's last write (or does not answer), then the primary.
   */
  async sourceFor(callerId: string | null): Promise<DataSource> {
    const replica = this.replica;
    if (replica === null) return this.primary;
    try {
      const [fence] =
        callerId === null
          ? []
          : await this.primary.query<{ lsn: string }[]>(
              'SELECT lsn::text FROM read_fence WHERE user_id = $1',
              [callerId],
            );
      if (fence) {
        const [replayed] = await replica.query<{ past: boolean | null }[]>(
          'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS past',
          [fence.lsn],
        );
        if (replayed?.past !== true) {
          this.fencedReads++;
          return this.primary;
        }
      }
      this.replicaReads++;
      return replica;
    } catch (error) {
      this.logger.warn(
        { err: error },
        'the read replica does not answer: reading from the primary',
      );
      return this.primary;
    }
  }
}
