import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipRole } from '@plenary/contracts';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import {
  CreateOrganizationArgs,
  GrantOperatorArgs,
  OrganizationsArgs,
  PageArgs,
  RevokeVerificationArgs,
  UserIdArgs,
  VerifyOrganizationArgs,
} from './dto/identity.args.js';
import { IdentityService } from './identity.service.js';
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
import { CreateOrganizationUseCase } from './create-organization.usecase.js';
import { OperatorsService } from './operators.service.js';
import { GrantOperatorUseCase } from './operators/grant-operator.usecase.js';
import { RevokeOperatorUseCase } from './operators/revoke-operator.usecase.js';
import { RevokeVerificationUseCase } from './verification/revoke-verification.usecase.js';
import { VerifyOrganizationUseCase } from './verification/verify-organization.usecase.js';

const NO_SCOPE = { kind: 'none' } as const;

@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly operators: OperatorsService,
    private readonly verifyOrganizationUseCase: VerifyOrganizationUseCase,
    private readonly revokeVerificationUseCase: RevokeVerificationUseCase,
    private readonly createOrganizationUseCase: CreateOrganizationUseCase,
    private readonly grantOperatorUseCase: GrantOperatorUseCase,
    private readonly revokeOperatorUseCase: RevokeOperatorUseCase,
  ) {}

  @Query(() => [OrganizationModel], {
    description: 'Verified organizations and your own, by name, a page at a time',
  })
  async organizations(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { search, group, first, offset }: OrganizationsArgs,
  ): Promise<OrganizationModel[]> {
    return (
      await this.identity.listOrganizations(caller.userId, { search, group }, { first, offset })
    ).map(toOrganizationModel);
  }

  @Query(() => OrganizationModel, {
    description:
      'One organization by its id (an unverified one is found only this way: its representative gives the id)',
  })
  async organization(@Args('id', { type: () => ID }) id: string): Promise<OrganizationModel> {
    return toOrganizationModel(await this.identity.requireOrganization(id));
  }

  @Mutation(() => OrganizationModel, {
    description:
      'The creator becomes its representative. It is unverified until an operator checks it, and may only observe until then',
  })
  async createOrganization(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() args: CreateOrganizationArgs,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      await this.createOrganizationUseCase.execute({ callerId: caller.userId, ...args }),
    );
  }

  @Query(() => [OrganizationModel], {
    description: 'Operators: organizations waiting to be verified, oldest first',
  })
  async organizationsAwaitingVerification(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() page: PageArgs,
  ): Promise<OrganizationModel[]> {
    await this.operators.requireOperator(caller.userId);
    return (await this.identity.listUnverified(page)).map(toOrganizationModel);
  }

  @Mutation(() => OrganizationModel, {
    description: 'Operators: confirm who an organization is (and correct its details)',
  })
  async verifyOrganization(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { input }: VerifyOrganizationArgs,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      await this.verifyOrganizationUseCase.execute({
        callerId: caller.userId,
        organizationId: input.organizationId,
        name: input.name,
        group: input.group,
        country: input.country ?? null,
        website: input.website,
      }),
    );
  }

  @Mutation(() => OrganizationModel, {
    description: 'Operators: withdraw a verification; it can no longer act as a party',
  })
  async revokeVerification(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { organizationId, reason }: RevokeVerificationArgs,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      await this.revokeVerificationUseCase.execute({
        callerId: caller.userId,
        organizationId,
        reason,
      }),
    );
  }

  @Query(() => [UserModel], { name: 'operators', description: 'Operators: the platform operators' })
  async listOperators(@CurrentUser() caller: AuthenticatedUser): Promise<UserModel[]> {
    return (await this.operators.list(caller.userId)).map((u) => toUserModel(u, NO_SCOPE));
  }

  @Mutation(() => UserModel, { description: 'Operators: make another user an operator' })
  async grantOperator(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { email }: GrantOperatorArgs,
  ): Promise<UserModel> {
    return toUserModel(
      await this.grantOperatorUseCase.execute({ callerId: caller.userId, email }),
      NO_SCOPE,
    );
  }

  @Mutation(() => UserModel, {
    description: 'Operators: end an operator role granted here (not one from configuration)',
  })
  async revokeOperator(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { userId }: UserIdArgs,
  ): Promise<UserModel> {
    return toUserModel(
      await this.revokeOperatorUseCase.execute({ callerId: caller.userId, userId }),
      NO_SCOPE,
    );
  }

  @ResolveField(() => [MembershipModel], {
    nullable: true,
    description: 'Who acts for it; only for its members (null for others)',
  })
  async members(
    organization: OrganizationModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<MembershipModel[] | null> {
    const members = await this.identity.membersOf(organization.id);
    if (!members.some((m) => m.userId === ctx.user?.userId)) return null;
    return members.map(toMembershipModel);
  }

  @ResolveField(() => [InvitationModel], {
    nullable: true,
    description: 'Pending invitations; only for its representatives (null for others)',
  })
  async invitations(
    organization: OrganizationModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<InvitationModel[] | null> {
    const caller = ctx.user
      ? await this.identity.membership(ctx.user.userId, organization.id)
      : null;
    if (caller?.role !== MembershipRole.REPRESENTATIVE) return null;
    return (await this.identity.pendingInvitationsOf(organization.id)).map(toInvitationModel);
  }
}
