import { Module } from '@nestjs/common';
import { EventLogModule } from '../history/event-log.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AccordAccessService } from './accord-access.service.js';
import { AccordsResolver, ParticipantResolver } from './accords.resolver.js';
import { AccordsService } from './accords.service.js';

@Module({
  imports: [IdentityModule, EventLogModule],
  providers: [AccordAccessService, AccordsService, AccordsResolver, ParticipantResolver],
  exports: [AccordAccessService, AccordsService],
})
export class AccordsModule {}
