import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SHARED_REDIS, type SharedRedis } from '../common/redis/shared-redis.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { MetricsModule } from '../common/metrics/metrics.module.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { DeskModule } from '../desk/desk.module.js';
import { HistoryModule } from '../history/history.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { AccordSessions } from './accord-sessions.service.js';
import { DeskChanges } from './desk-changes.service.js';
import { AccordEventDelivery } from './event-delivery.service.js';
import { EventLogListener } from './event-log-listener.service.js';
import { DisplayNames } from './display-names.js';
import { PersonalRooms } from './personal-rooms.js';
import { PostgresPresenceStore } from './postgres-presence-store.js';
import { PRESENCE_STORE, type PresenceStore } from './presence-store.js';
import { RedisPresenceStore } from './redis-presence-store.js';
import { PresenceService } from './presence.service.js';
import { RealtimeGateway } from './realtime.gateway.js';

/**
 * socket.io on the API's port: the accord log live (with catch-up after a reconnection) and
 * presence, across instances. The adapter is installed by bootstrap: PostgresIoAdapter, or
 * RedisIoAdapter with REDIS_URL; presence is kept where the adapter is.
 */
@Module({
  imports: [AccordLogModule, HistoryModule, DeskModule, RateLimitsModule, MetricsModule],
  providers: [
    RealtimeGateway,
    AccordSessions,
    AccordEventDelivery,
    DeskChanges,
    EventLogListener,
    PresenceService,
    PersonalRooms,
    DisplayNames,
    {
      provide: PRESENCE_STORE,
      inject: [DataSource, DisplayNames, APP_CONFIG, { token: SHARED_REDIS, optional: true }],
      useFactory: (
        dataSource: DataSource,
        names: DisplayNames,
        config: AppConfig,
        redis: SharedRedis | null | undefined,
      ): PresenceStore =>
        redis
          ? new RedisPresenceStore(redis.client, config.presenceTtlSeconds, (ids) => names.of(ids))
          : new PostgresPresenceStore(dataSource, randomUUID(), config.presenceTtlSeconds),
    },
  ],
  exports: [PersonalRooms, EventLogListener],
})
export class RealtimeModule {}
