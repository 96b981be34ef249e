import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from './user.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { AccordLogModule } from '../accord-log/accord-log.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { LogInUseCase } from './accounts/log-in.usecase.js';
import { RegisterUseCase } from './accounts/register.usecase.js';
import { CreateOrganizationUseCase } from './create-organization.usecase.js';
import { EndMembershipUseCase } from './end-membership.usecase.js';
import { GrantOperatorUseCase } from './operators/grant-operator.usecase.js';
import { RevokeOperatorUseCase } from './operators/revoke-operator.usecase.js';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { AnswerInvitationUseCase } from './invitations/answer-invitation.usecase.js';
import { InviteMemberUseCase } from './invitations/invite-member.usecase.js';
import { RevokeInvitationUseCase } from './invitations/revoke-invitation.usecase.js';
import { InvitationResolver, MembershipResolver } from './membership.resolver.js';
import { OperatorsService } from './operators.service.js';
import { OrganizationResolver } from './organization.resolver.js';
import { RevokeVerificationUseCase } from './verification/revoke-verification.usecase.js';
import { VerifyOrganizationUseCase } from './verification/verify-organization.usecase.js';
import { IdentityLoaderSource } from './identity.loaders.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, OrganizationEntity, MembershipEntity, InvitationEntity]),
    AccordLogModule,
    RateLimitsModule,
  ],
  providers: [
    IdentityLoaderSource,
    IdentityService,
    OperatorsService,
    RegisterUseCase,
    LogInUseCase,
    CreateOrganizationUseCase,
    GrantOperatorUseCase,
    RevokeOperatorUseCase,
    VerifyOrganizationUseCase,
    RevokeVerificationUseCase,
    InviteMemberUseCase,
    AnswerInvitationUseCase,
    RevokeInvitationUseCase,
    EndMembershipUseCase,
    IdentityResolver,
    OrganizationResolver,
    MembershipResolver,
    InvitationResolver,
  ],
  exports: [IdentityService, OperatorsService, IdentityLoaderSource],
})
export class IdentityModule {}
