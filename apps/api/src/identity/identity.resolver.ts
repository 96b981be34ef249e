import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowAnonymous } from '../common/auth/auth.guard.js';
import { OptionalUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import type { GraphqlContext, NoArgs } from '../common/graphql/graphql-context.js';
import { clientAddress } from '../rate-limits/client-address.js';
import { LogInUseCase } from './accounts/log-in.usecase.js';
import { RegisterUseCase } from './accounts/register.usecase.js';
import { LoginArgs, RegisterArgs } from './dto/identity.args.js';
import { IdentityService } from './identity.service.js';
import { IdentityLoaderSource } from './identity.loaders.js';
import { toInvitationModel, toMembershipModel, toUserModel } from './models/identity.mappers.js';
import {
  AuthPayloadModel,
  InvitationModel,
  MembershipModel,
  UserModel,
} from './models/identity.models.js';
import { OperatorsService } from './operators.service.js';

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly operators: OperatorsService,
    private readonly loaders: IdentityLoaderSource,
    private readonly registerUseCase: RegisterUseCase,
    private readonly logInUseCase: LogInUseCase,
  ) {}

  @AllowAnonymous()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null' })
  async me(@OptionalUser() caller: AuthenticatedUser | null): Promise<UserModel | null> {
    return caller
      ? toUserModel(await this.identity.requireUser(caller.userId), { kind: 'self' })
      : null;
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayloadModel, {
    description: 'Invitations already sent to this email wait in `user.invitations`',
  })
  async register(
    @Args() { email, password, displayName }: RegisterArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayloadModel> {
    const { token, user } = await this.registerUseCase.execute({
      email,
      password,
      displayName,
      clientAddress: clientAddress(ctx.req),
    });
    return { token, user: toUserModel(user, { kind: 'self' }) };
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayloadModel)
  async login(
    @Args() { email, password }: LoginArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<AuthPayloadModel> {
    const { token, user } = await this.logInUseCase.execute({
      email,
      password,
      clientAddress: clientAddress(ctx.req),
    });
    return { token, user: toUserModel(user, { kind: 'self' }) };
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Only for the user himself and the representatives of his organizations; null for others',
  })
  async email(user: UserModel, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    if (user.scope.kind === 'self') return user.email;
    const visible = await this.loaders
      .of(ctx)
      .emailVisibleTo(ctx.user?.userId ?? null)
      .load(user.id);
    return visible ? user.email : null;
  }

  @ResolveField(() => [MembershipModel], {
    description:
      'All of them for yourself; for others, only those in the organizations taking part in the accord (or the organization) being read',
  })
  async memberships(
    user: UserModel,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<MembershipModel[]> {
    const all = await this.loaders.of(ctx).membershipsByUser.load(user.id);
    const scope = user.scope;
    switch (scope.kind) {
      case 'none':
        return [];
      case 'self':
        return all.map(toMembershipModel);
      case 'organization':
        return all.filter((m) => m.organizationId === scope.organizationId).map(toMembershipModel);
      case 'accord': {
        const taking = new Set(
          await this.loaders.of(ctx).organizationsInAccord.load(scope.accordId),
        );
        return all.filter((m) => taking.has(m.organizationId)).map(toMembershipModel);
      }
    }
  }

  @ResolveField(() => [InvitationModel], {
    nullable: true,
    description: 'Pending invitations to your email, to accept or decline; null for others',
  })
  async invitations(user: UserModel): Promise<InvitationModel[] | null> {
    if (user.scope.kind !== 'self' || user.email === null) return null;
    return (await this.identity.invitationsFor({ email: user.email })).map(toInvitationModel);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether you are a platform operator (verifies organizations); null for others',
  })
  async isOperator(user: UserModel): Promise<boolean | null> {
    if (user.scope.kind !== 'self') return null;
    return this.operators.isOperator(await this.identity.requireUser(user.id));
  }
}
