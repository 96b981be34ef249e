import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TokenService } from '../../common/auth/token.service.js';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { SignInThrottle } from '../../rate-limits/sign-in-throttle.js';
import { DECOY_HASH, verifyPassword } from '../password-hasher.js';
import { UserEntity } from '../user.entity.js';

/** Anonymous: signing in is how one becomes a caller. */
export interface LogInCommand {
  email: string;
  password: string;
  /** Where the request came from, for the sign-in limits (see SignInThrottle). */
  clientAddress: string;
}

/** A user signs in with his email and password, and gets a token. */
@Injectable()
export class LogInUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly signIns: SignInThrottle,
  ) {}

  async execute({ email, password, clientAddress }: LogInCommand) {
    // Counted alike for unknown and known emails (see SignInThrottle).
    await this.signIns.admit(email, clientAddress);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
    // Same work and same answer whether the email is unknown or the password wrong.
    const ok = await verifyPassword(user?.passwordHash ?? DECOY_HASH, password);
    if (!user || !ok) {
      await this.signIns.failed(clientAddress);
      throw new DomainError(DomainErrorCode.INVALID_CREDENTIALS, 'invalid email or password');
    }
    await this.signIns.succeeded(email);
    return { token: this.tokens.issue(user.id), user };
  }
}
