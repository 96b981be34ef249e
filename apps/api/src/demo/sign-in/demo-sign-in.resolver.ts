import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AllowAnonymous } from '../../common/auth/auth.guard.js';
import { toUserModel } from '../../identity/models/identity.mappers.js';
import { AuthPayloadModel } from '../../identity/models/identity.models.js';
import { DemoDelegates } from './demo-delegates.js';
import { DemoDelegateModel, SignInAsDemoDelegateArgs } from './demo-sign-in.models.js';
import { SignInAsDemoDelegateUseCase } from './sign-in-as-demo-delegate.usecase.js';

@Resolver()
export class DemoSignInResolver {
  constructor(
    private readonly delegates: DemoDelegates,
    private readonly signInAsDemoDelegateUseCase: SignInAsDemoDelegateUseCase,
  ) {}

  @AllowAnonymous()
  @Query(() => [DemoDelegateModel], {
    description:
      'The demo delegates one may sign in as in one click: empty unless the demo is loaded and on (PLENARY_DEMO) outside production',
  })
  demoDelegates(): Promise<DemoDelegateModel[]> {
    return this.delegates.present();
  }

  @AllowAnonymous()
  @Mutation(() => AuthPayloadModel, {
    description:
      'Signs in as a demo delegate without a password: FORBIDDEN unless the demo is on outside production, NOT_FOUND for anyone else',
  })
  async signInAsDemoDelegate(
    @Args() { email }: SignInAsDemoDelegateArgs,
  ): Promise<AuthPayloadModel> {
    const { token, user } = await this.signInAsDemoDelegateUseCase.execute({ email });
    return { token, user: toUserModel(user, { kind: 'self' }) };
  }
}
