import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClauseEntity } from './clause.entity.js';
import { ClauseVersionEntity } from './clause-version.entity.js';
import { AmendmentEntity } from './amendment.entity.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { CitationLoaderSource } from './citations/citations.loaders.js';
import {
  AmendmentCitationsResolver,
  ClauseVersionCitationsResolver,
} from './citations/citations.resolver.js';
import { ClauseSourceLinkEntity } from './citations/clause-source-link.entity.js';
import { LinkSourceUseCase } from './citations/link-source.usecase.js';
import { AmendmentApplicationResolver } from './amendment-application.resolver.js';
import { AmendmentResolver, ClauseReferenceResolver } from './amendment.resolver.js';
import { AmendmentViewerResolver } from './amendment-viewer.resolver.js';
import { ReferenceLoaderSource } from './cross-references.js';
import { DraftingLoaderSource } from './drafting.loaders.js';
import { ClauseResolver, ClauseVersionResolver, TextSpanResolver } from './clause.resolver.js';
import { DraftingLookupService } from './drafting-lookup.service.js';
import { AccordTextResolver, DraftingResolver } from './drafting.resolver.js';
import { ProposeAmendmentUseCase } from './propose-amendment.usecase.js';
import { RebaseAmendmentUseCase } from './rebase-amendment.usecase.js';
import { RenumberClausesUseCase } from './renumber-clauses.usecase.js';
import { WithdrawAmendmentUseCase } from './withdraw-amendment.usecase.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ClauseEntity,
      ClauseVersionEntity,
      AmendmentEntity,
      ClauseSourceLinkEntity,
    ]),
    AccordLogModule,
    IdentityModule,
    FrameworksModule,
  ],
  providers: [
    DraftingLoaderSource,
    ReferenceLoaderSource,
    DraftingLookupService,
    ProposeAmendmentUseCase,
    WithdrawAmendmentUseCase,
    RebaseAmendmentUseCase,
    RenumberClausesUseCase,
    LinkSourceUseCase,
    CitationLoaderSource,
    ClauseVersionCitationsResolver,
    AmendmentCitationsResolver,
    DraftingResolver,
    AccordTextResolver,
    ClauseResolver,
    ClauseVersionResolver,
    TextSpanResolver,
    AmendmentResolver,
    ClauseReferenceResolver,
    AmendmentApplicationResolver,
    AmendmentViewerResolver,
  ],
  exports: [
    DraftingLookupService,
    DraftingLoaderSource,
    ReferenceLoaderSource,
    CitationLoaderSource,
  ],
})
export class DraftingModule {}
