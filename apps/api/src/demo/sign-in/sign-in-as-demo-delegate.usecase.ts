import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TokenService } from '../../common/auth/token.service.js';
import { DomainError, DomainErrorCode, notFound } from '../../common/errors/domain-error.js';
import { verifyPassword } from '../../identity/password-hasher.js';
import { UserEntity } from '../../identity/user.entity.js';
import { DEMO_PASSWORD } from '../demo-content.js';
import { DemoDelegates } from './demo-delegates.js';

/**
 * Whether a stored password hash opens with the demo password, worked out once per hash: the
 * mutation is anonymous, and argon2 per request would let anyone spend the server's CPU at will.
 * A hash changes with the password, so a remembered answer never outlives the password it was for.
 */
export function demoPasswordCheck(
  verify: (hash: string, password: string) => Promise<boolean>,
  remembered = 64,
): (hash: string) => Promise<boolean> {
  const answers = new Map<string, Promise<boolean>>();
  return (hash) => {
    let answer = answers.get(hash);
    if (!answer) {
      if (answers.size >= remembered) answers.delete(answers.keys().next().value!);
      answer = verify(hash, DEMO_PASSWORD);
      answers.set(hash, answer);
      // A failure (not a "no") is not remembered: the next request asks again.
      answer.catch(() => answers.delete(hash));
    }
    return answer;
  };
}

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
  private readonly opensWithDemoPassword = demoPasswordCheck(verifyPassword);

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
    if (!user || !(await this.opensWithDemoPassword(user.passwordHash))) {
      throw notFound(DomainErrorCode.USER_NOT_FOUND, 'Demo delegate');
    }
    return { token: this.tokens.issue(user.id), user };
  }
}
