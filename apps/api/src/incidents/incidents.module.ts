import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { DraftingModule } from '../drafting/drafting.module.js';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AssessIncidentUseCase } from './assess-incident.usecase.js';
import { IncidentAssessmentEntity } from './incident-assessment.entity.js';
import { IncidentEntity } from './incident.entity.js';
import { IncidentLookupService } from './incident-lookup.service.js';
import { IncidentMatrixService } from './incident-matrix.service.js';
import { IncidentLoaderSource } from './incidents.loaders.js';
import { AccordIncidentsResolver } from './accord-incidents.resolver.js';
import { IncidentAssessmentResolver } from './incident-assessment.resolver.js';
import { IncidentsResolver } from './incidents.resolver.js';
import { RecordIncidentUseCase } from './record-incident.usecase.js';
import { ReviseIncidentUseCase } from './revise-incident.usecase.js';

/** Incidents recorded in an accord and assessed by organizations against its clauses. */
@Module({
  imports: [
    TypeOrmModule.forFeature([IncidentEntity, IncidentAssessmentEntity]),
    AccordLogModule,
    IdentityModule,
    DraftingModule,
    FrameworksModule,
  ],
  providers: [
    IncidentLookupService,
    IncidentMatrixService,
    IncidentLoaderSource,
    RecordIncidentUseCase,
    ReviseIncidentUseCase,
    AssessIncidentUseCase,
    IncidentsResolver,
    IncidentAssessmentResolver,
    AccordIncidentsResolver,
  ],
  exports: [IncidentMatrixService],
})
export class IncidentsModule {}
