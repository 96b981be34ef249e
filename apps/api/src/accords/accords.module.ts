import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ParticipantEntity } from './participant.entity.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AccordLoaderSource } from './accords.loaders.js';
import { AccordsResolver, ParticipantResolver } from './accords.resolver.js';
import { AccordsService } from './accords.service.js';
import { AccordViewerResolver } from './accord-viewer.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([ParticipantEntity]), IdentityModule, AccordLogModule],
  providers: [
    AccordLoaderSource,
    AccordsService,
    AccordsResolver,
    ParticipantResolver,
    AccordViewerResolver,
  ],
  exports: [AccordsService, AccordLoaderSource],
})
export class AccordsModule {}
