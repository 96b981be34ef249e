import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { DraftingModule } from '../drafting/drafting.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AmendmentSponsorEntity } from './amendment-sponsor.entity.js';
import { AmendmentSupportEntity } from './amendment-support.entity.js';
import { AnswerCoSponsorshipUseCase } from './answer-cosponsorship.usecase.js';
import { AmendmentCosponsorsResolver, AmendmentSponsorResolver } from './cosponsors.resolver.js';
import { CosponsorLoaderSource } from './cosponsors.loaders.js';
import { CosponsorsViewerResolver } from './cosponsors-viewer.resolver.js';
import { InviteCoSponsorUseCase } from './invite-cosponsor.usecase.js';
import { SupportAmendmentUseCase, WithdrawSupportUseCase } from './support-amendment.usecase.js';

/** Co-sponsors the author of an amendment invites, and participants' support for it. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AmendmentSponsorEntity, AmendmentSupportEntity]),
    AccordLogModule,
    IdentityModule,
    DraftingModule,
  ],
  providers: [
    CosponsorLoaderSource,
    InviteCoSponsorUseCase,
    AnswerCoSponsorshipUseCase,
    SupportAmendmentUseCase,
    WithdrawSupportUseCase,
    AmendmentCosponsorsResolver,
    AmendmentSponsorResolver,
    CosponsorsViewerResolver,
  ],
})
export class CosponsorsModule {}
