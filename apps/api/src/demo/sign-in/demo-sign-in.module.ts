import { Module } from '@nestjs/common';
import { DemoDelegates } from './demo-delegates.js';
import { DemoSignInResolver } from './demo-sign-in.resolver.js';
import { SignInAsDemoDelegateUseCase } from './sign-in-as-demo-delegate.usecase.js';

/** The first minute: the sign-in page lists the demo delegates and signs in as one in a click. */
@Module({
  providers: [DemoDelegates, SignInAsDemoDelegateUseCase, DemoSignInResolver],
})
export class DemoSignInModule {}
