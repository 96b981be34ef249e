import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TokenService } from '../../common/auth/token.service.js';
import { sqlStateOf } from '../../common/database/sql-state.js';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { RegistrationThrottle } from '../../rate-limits/registration-throttle.js';
import { hashPassword } from '../password-hasher.js';
import { UserEntity } from '../user.entity.js';

/** Anonymous: nobody is signed in yet. */
export interface RegisterCommand {
  email: string;
  password: string;
  displayName: string;
  /** Where the request came from, for the registration limit per address. */
  clientAddress: string;
}

/** Someone opens an account and is signed in with it. */
@Injectable()
export class RegisterUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly registrations: RegistrationThrottle,
  ) {}

  async execute(command: RegisterCommand): Promise<{ token: string; user: UserEntity }> {
    await this.registrations.admit(command.clientAddress);
    const passwordHash = await hashPassword(command.password);
    const users = this.dataSource.getRepository(UserEntity);
    try {
      const user = await users.save(
        users.create({
          email: command.email.trim(),
          displayName: command.displayName.trim(),
          passwordHash,
        }),
      );
      return { token: this.tokens.issue(user.id), user };
    } catch (error) {
      if (sqlStateOf(error) === '23505') {
        throw new DomainError(
          DomainErrorCode.EMAIL_TAKEN,
          'An account with this email already exists',
        );
      }
      throw error;
    }
  }
}
