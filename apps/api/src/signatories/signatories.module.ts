import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { AccordsModule } from '../accords/accords.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { DeclareFinalUseCase } from './declare-final.usecase.js';
import { FileImplementationReportUseCase } from './file-implementation-report.usecase.js';
import { ImplementationReportEntity } from './implementation-report.entity.js';
import { PublishAccordUseCase } from './publish-accord.usecase.js';
import { SignAccordUseCase } from './sign-accord.usecase.js';
import { SignatureEntity } from './signature.entity.js';
import {
  AccordSignatoriesResolver,
  ImplementationReportResolver,
  SignatureResolver,
} from './signatories.resolver.js';
import { SignatoryLoaderSource } from './signatories.loaders.js';
import { StartNewVersionUseCase } from './start-new-version.usecase.js';
import { UnpublishAccordUseCase } from './unpublish-accord.usecase.js';
import { WithdrawSignatureUseCase } from './withdraw-signature.usecase.js';

/** A final text and what follows: new versions, signatures, implementation reports, publication. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SignatureEntity, ImplementationReportEntity]),
    AccordLogModule,
    IdentityModule,
    AccordsModule,
  ],
  providers: [
    SignatoryLoaderSource,
    DeclareFinalUseCase,
    StartNewVersionUseCase,
    SignAccordUseCase,
    WithdrawSignatureUseCase,
    FileImplementationReportUseCase,
    PublishAccordUseCase,
    UnpublishAccordUseCase,
    AccordSignatoriesResolver,
    SignatureResolver,
    ImplementationReportResolver,
  ],
  exports: [SignatoryLoaderSource],
})
export class SignatoriesModule {}
