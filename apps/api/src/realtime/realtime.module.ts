import { Module } from '@nestjs/common';
import { MetricsModule } from '../common/metrics/metrics.module.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { DeskModule } from '../desk/desk.module.js';
import { HistoryModule } from '../history/history.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { AccordSessions } from './accord-sessions.service.js';
import { DeskChanges } from './desk-changes.service.js';
import { AccordEventDelivery } from './event-delivery.service.js';
import { EventLogListener } from './event-log-listener.service.js';
import { PersonalRooms } from './personal-rooms.js';
import { PresenceService } from './presence.service.js';
import { RealtimeGateway } from './realtime.gateway.js';

/**
 * socket.io on the API's port: the accord log live (with catch-up after a reconnection) and
 * presence, across instances. The Postgres adapter is installed by PostgresIoAdapter (bootstrap).
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
  ],
  exports: [PersonalRooms],
})
export class RealtimeModule {}
