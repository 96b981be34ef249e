import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EVENT_CHANNEL } from '../accord-log/accord-write.js';
import { DESK_CHANNEL } from '../identity/invitations/desk-notice.js';
import { DeskChanges } from './desk-changes.service.js';
import { AccordEventDelivery } from './event-delivery.service.js';

const MAX_BACKOFF_MS = 5000;

/** Work above realtime that wakes on the log's commits rather than polling for them. */
export interface LogCommitSubscriber {
  /** `seq` of `accordId` was committed (by any instance). */
  committed(accordId: string, seq: number): void;
  /** Commits may have gone unheard (listening started, or the connection was lost meanwhile). */
  mayHaveMissed(): void;
}

/**
 * Hears every commit to the event log (`pg_notify` in the appending transaction, so only
 * committed events are announced) on a dedicated connection, not the pool's (straight to
 * PostgreSQL when the pool goes through PgBouncer), and reconnects when it drops.
 * After a reconnection every room is read again, since notifications sent meanwhile are lost.
 */
@Injectable()
export class EventLogListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EventLogListener.name);
  private client: pg.Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private backoffMs = 100;
  private stopped = false;
  private readonly subscribers: LogCommitSubscriber[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly delivery: AccordEventDelivery,
    private readonly deskChanges: DeskChanges,
  ) {}

  /** Tells `subscriber` of every commit heard from now on. */
  subscribe(subscriber: LogCommitSubscriber): void {
    this.subscribers.push(subscriber);
  }

  /** Listening before the app serves anyone: a join right after start misses nothing. */
  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    // LISTEN holds its session: past a pooler in transaction mode (DATABASE_DIRECT_URL).
    const { url } = this.dataSource.options as { url?: string };
    const client = new pg.Client({
      connectionString: this.config.database.directUrl ?? url,
      keepAlive: true,
      application_name: 'plenary-event-listener',
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'event log listener connection failed');
    });
    client.on('end', () => this.lost(client));
    client.on('notification', (message) =>
      message.channel === DESK_CHANNEL
        ? this.deskChanges.changedFor(message.payload)
        : this.heard(message.payload),
    );
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_CHANNEL}; LISTEN ${DESK_CHANNEL}`);
    } catch (error) {
      this.logger.warn({ err: error }, 'cannot listen to the event log; retrying');
      await client.end().catch(() => undefined);
      this.lost(client);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.backoffMs = 100;
    this.delivery.resynchronize();
    for (const subscriber of this.subscribers) subscriber.mayHaveMissed();
  }

  private lost(client: pg.Client): void {
    if (this.client === client) this.client = null;
    if (this.stopped || this.retryTimer) return;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs * 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }

  /** Payload `<accordId>:<seq>`, written by AccordWrite.append. */
  private heard(payload: string | undefined): void {
    const colon = payload?.lastIndexOf(':') ?? -1;
    if (!payload || colon < 0) return;
    const seq = Number(payload.slice(colon + 1));
    if (!Number.isSafeInteger(seq)) return;
    const accordId = payload.slice(0, colon);
    this.delivery.committed(accordId, seq);
    this.deskChanges.committed(accordId, seq);
    for (const subscriber of this.subscribers) subscriber.committed(accordId, seq);
  }
}
