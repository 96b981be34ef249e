import { Module } from '@nestjs/common';
import { AccordsModule } from '../accords/accords.module.js';
import { EventLogModule } from '../history/event-log.module.js';
import { AmendmentApplicationResolver } from './amendment-application.resolver.js';
import { AmendmentLifecycleService } from './amendment-lifecycle.service.js';
import { AmendmentResolver, ClauseReferenceResolver } from './amendment.resolver.js';
import { ClauseResolver, ClauseVersionResolver, TextSpanResolver } from './clause.resolver.js';
import { DraftingLookupService } from './drafting-lookup.service.js';
import { AccordTextResolver, DraftingResolver } from './drafting.resolver.js';
import { ProposeAmendmentUseCase } from './propose-amendment.usecase.js';
import { RenumberClausesUseCase } from './renumber-clauses.usecase.js';

@Module({
  imports: [AccordsModule, EventLogModule],
  providers: [
    DraftingLookupService,
    ProposeAmendmentUseCase,
    AmendmentLifecycleService,
    RenumberClausesUseCase,
    DraftingResolver,
    AccordTextResolver,
    ClauseResolver,
    ClauseVersionResolver,
    TextSpanResolver,
    AmendmentResolver,
    ClauseReferenceResolver,
    AmendmentApplicationResolver,
  ],
  exports: [DraftingLookupService],
})
export class DraftingModule {}
