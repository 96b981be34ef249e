import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowAnonymous } from '../common/auth/auth.guard.js';
import { CurrentUser, OptionalUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext } from '../common/graphql/graphql-context.js';
import {
  AddMemberArgs,
  CreateOrganizationArgs,
  LoginArgs,
  RegisterArgs,
} from './dto/identity.args.js';
import { toMembershipModel, toOrganizationModel, toUserModel } from './models/identity.mappers.js';
import {
  AuthPayloadModel,
  MembershipModel,
  OrganizationModel,
  UserModel,
} from './models/identity.models.js';
import { IdentityService } from './identity.service.js';

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @AllowAnonymous()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null' })
  async me(@OptionalUser() caller: AuthenticatedUser | null): Promise<UserModel | null> {
    return caller ? toUserModel(await this.identity.requireUser(caller.userId)) : null;
  }

  @Query(() => [OrganizationModel])
  async organizations(): Promise<OrganizationModel[]> {
    return (await this.identity.listOrganizations()).map(toOrganizationModel);
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayloadModel)
  async register(
    @Args() { email, password, displayName }: RegisterArgs,
  ): Promise<AuthPayloadModel> {
    const { token, user } = await this.identity.register(email, password, displayName);
    return { token, user: toUserModel(user) };
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayloadModel)
  async login(@Args() { email, password }: LoginArgs): Promise<AuthPayloadModel> {
    const { token, user } = await this.identity.login(email, password);
    return { token, user: toUserModel(user) };
  }

  @Mutation(() => OrganizationModel, { description: 'The creator becomes its representative' })
  async createOrganization(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { name, group, country }: CreateOrganizationArgs,
  ): Promise<OrganizationModel> {
    return toOrganizationModel(
      await this.identity.createOrganization(caller.userId, name, group, country),
    );
  }

  @Mutation(() => MembershipModel, { description: 'Only a representative of the organization' })
  async addMember(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { organizationId, email, role }: AddMemberArgs,
  ): Promise<MembershipModel> {
    return toMembershipModel(
      await this.identity.addMember(caller.userId, organizationId, email, role),
    );
  }

  @ResolveField(() => [MembershipModel])
  async memberships(
    @Parent() user: UserModel,
    @Context() ctx: GraphqlContext,
  ): Promise<MembershipModel[]> {
    return (await ctx.loaders.membershipsByUser.load(user.id)).map(toMembershipModel);
  }
}

@Resolver(() => MembershipModel)
export class MembershipResolver {
  @ResolveField(() => OrganizationModel)
  async organization(
    @Parent() m: MembershipModel,
    @Context() ctx: GraphqlContext,
  ): Promise<OrganizationModel> {
    const organization = await ctx.loaders.organizationById.load(m.organizationId);
    return toOrganizationModel(organization!);
  }

  @ResolveField(() => UserModel)
  async user(@Parent() m: MembershipModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    return toUserModel((await ctx.loaders.userById.load(m.userId))!);
  }
}
