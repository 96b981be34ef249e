import { Module } from '@nestjs/common';
import { IdentityResolver, MembershipResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';

@Module({
  providers: [IdentityService, IdentityResolver, MembershipResolver],
  exports: [IdentityService],
})
export class IdentityModule {}
