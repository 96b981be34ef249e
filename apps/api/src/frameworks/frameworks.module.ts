import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { FrameworkExportController } from './framework-export.controller.js';
import { FrameworkEditors } from './framework-editors.js';
import { FrameworkEntity, NormEntity } from './framework.entity.js';
import { FrameworkLoaderSource } from './frameworks.loaders.js';
import { FrameworksResolver, NormResolver } from './frameworks.resolver.js';
import { ImportFrameworkUseCase } from './import-framework.usecase.js';

/** Norm frameworks: platform-wide sets of norms that clauses cite and accords are compared with. */
@Module({
  imports: [
    TypeOrmModule.forFeature([FrameworkEntity, NormEntity]),
    IdentityModule,
    RateLimitsModule,
  ],
  controllers: [FrameworkExportController],
  providers: [
    FrameworkLoaderSource,
    FrameworkEditors,
    ImportFrameworkUseCase,
    FrameworksResolver,
    NormResolver,
  ],
  exports: [FrameworkLoaderSource, FrameworkEditors],
})
export class FrameworksModule {}
