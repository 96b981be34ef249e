import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { EndMembershipArgs, InvitationIdArgs, InviteMemberArgs } from './dto/identity.args.js';
import { EndMembershipUseCase } from './end-membership.usecase.js';
import { AnswerInvitationUseCase } from './invitations/answer-invitation.usecase.js';
import { InviteMemberUseCase } from './invitations/invite-member.usecase.js';
import { RevokeInvitationUseCase } from './invitations/revoke-invitation.usecase.js';
import {
  toInvitationModel,
  toMembershipModel,
  toOrganizationModel,
  toUserModel,
} from './models/identity.mappers.js';
import {
  InvitationModel,
  MembershipModel,
  OrganizationModel,
  UserModel,
} from './models/identity.models.js';
import { IdentityLoaderSource } from './identity.loaders.js';
import { referenced } from '../common/graphql/loaders.js';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly endMembershipUseCase: EndMembershipUseCase,
    private readonly identityLoaders: IdentityLoaderSource,
  ) {}

  @Mutation(() => MembershipModel, {
    description:
      'Leave an organization (your own userId), or, as its representative, remove a member',
  })
  async endMembership(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { organizationId, userId }: EndMembershipArgs,
  ): Promise<MembershipModel> {
    return toMembershipModel(
      await this.endMembershipUseCase.execute({ callerId: caller.userId, organizationId, userId }),
    );
  }

  @ResolveField(() => OrganizationModel)
  async organization(
    m: MembershipModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      referenced(
        await this.identityLoaders.of(ctx).organizationById.load(m.organizationId),
        `organization ${m.organizationId}`,
      ),
    );
  }

  @ResolveField(() => UserModel)
  async user(m: MembershipModel, _args: NoArgs, ctx: GraphqlContext): Promise<UserModel> {
    return toUserModel(
      referenced(await this.identityLoaders.of(ctx).userById.load(m.userId), `user ${m.userId}`),
      {
        kind: 'organization',
        organizationId: m.organizationId,
      },
    );
  }
}

@Resolver(() => InvitationModel)
export class InvitationResolver {
  constructor(
    private readonly inviteMemberUseCase: InviteMemberUseCase,
    private readonly answerInvitationUseCase: AnswerInvitationUseCase,
    private readonly revokeInvitationUseCase: RevokeInvitationUseCase,
    private readonly identityLoaders: IdentityLoaderSource,
  ) {}

  @Mutation(() => InvitationModel, {
    description:
      'A representative invites an email address to act for the organization; the same answer whether or not it has an account',
  })
  async inviteMember(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: InviteMemberArgs,
  ): Promise<InvitationModel> {
    return toInvitationModel(
      await this.inviteMemberUseCase.execute({ callerId: caller.userId, ...args }),
    );
  }

  @Mutation(() => InvitationModel, {
    deprecationReason: 'Enrols nobody any more: it invites, like inviteMember',
  })
  async addMember(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: InviteMemberArgs,
  ): Promise<InvitationModel> {
    return this.inviteMember(caller, args);
  }

  @Mutation(() => InvitationModel, { description: 'Accept an invitation sent to your email' })
  acceptInvitation(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { invitationId }: InvitationIdArgs,
  ): Promise<InvitationModel> {
    return this.answer(caller, invitationId, true);
  }

  @Mutation(() => InvitationModel, { description: 'Decline an invitation sent to your email' })
  declineInvitation(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { invitationId }: InvitationIdArgs,
  ): Promise<InvitationModel> {
    return this.answer(caller, invitationId, false);
  }

  private async answer(caller: AuthenticatedUser, invitationId: string, accept: boolean) {
    return toInvitationModel(
      await this.answerInvitationUseCase.execute({ callerId: caller.userId, invitationId, accept }),
    );
  }

  @Mutation(() => InvitationModel, {
    description: 'A representative withdraws a pending invitation',
  })
  async revokeInvitation(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { invitationId }: InvitationIdArgs,
  ): Promise<InvitationModel> {
    return toInvitationModel(
      await this.revokeInvitationUseCase.execute({ callerId: caller.userId, invitationId }),
    );
  }

  @ResolveField(() => OrganizationModel)
  async organization(
    invitation: InvitationModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      referenced(
        await this.identityLoaders.of(ctx).organizationById.load(invitation.organizationId),
        `organization ${invitation.organizationId}`,
      ),
    );
  }

  @ResolveField(() => UserModel, { description: 'The representative who sent it' })
  async invitedBy(
    invitation: InvitationModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<UserModel> {
    return toUserModel(
      referenced(
        await this.identityLoaders.of(ctx).userById.load(invitation.invitedById),
        `user ${invitation.invitedById}`,
      ),
      {
        kind: 'organization',
        organizationId: invitation.organizationId,
      },
    );
  }
}
