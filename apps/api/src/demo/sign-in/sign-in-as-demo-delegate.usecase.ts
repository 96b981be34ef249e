import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TokenService } from '../../common/auth/token.service.js';
import { DomainError, DomainErrorCode, notFound } from '../../common/errors/domain-error.js';
import { verifyPassword } from '../../identity/password-hasher.js';
import { UserEntity } from '../../identity/user.entity.js';
import { DEMO_PASSWORD } from '../demo-content.js';
import { DemoDelegates } from './demo-delegates.js';

/** Anonymous, like logIn: the newcomer picks a demo delegate. */
export interface SignInAsDemoDelegateCommand {
  email: string;
}

/**
 * Signs in as one of the demo's people without a password, so a newcomer lands on a populated
 * desk in one click. Refused (FORBIDDEN) unless the demo is on outside production; an address
 * that is not one of the demo's accounts here, or whose password is not the demo's, is not found.
 */
@Injectable()
export class SignInAsDemoDelegateUseCase {
  constructor(
    private readonly demoDelegates: DemoDelegates,
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async execute({ email }: SignInAsDemoDelegateCommand) {
    if (!this.demoDelegates.offered) {
      throw new DomainError(
        DomainErrorCode.DEMO_SIGN_IN_OFF,
        'Signing in as a demo delegate is offered only with the demo on, outside production',
      );
    }
    const wanted = email.trim().toLowerCase();
    const person = (await this.demoDelegates.present()).find(
      (p) => p.email.toLowerCase() === wanted,
    );
    const user = person
      ? await this.dataSource
          .getRepository(UserEntity)
          .createQueryBuilder('u')
          .where('lower(u.email) = :email', { email: wanted })
          .getOne()
      : null;
    // Only where the (public) demo password would sign in too: an account someone registered
    // under a demo address, with a password of his own, is not the demo's to open.
    if (!user || !(await verifyPassword(user.passwordHash, DEMO_PASSWORD))) {
      throw notFound(DomainErrorCode.USER_NOT_FOUND, 'Demo delegate');
    }
    return { token: this.tokens.issue(user.id), user };
  }
}
