import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { UserEntity } from './user.entity.js';

/**
 * Platform operators run Plenary for the secretariat: they verify organizations, so that nobody
 * can pose as a state. The first ones are named by PLENARY_OPERATOR_EMAILS; operators may name
 * others, who hold the role by a flag on their account.
 */
@Injectable()
export class OperatorsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  isOperator(user: Pick<UserEntity, 'email' | 'isOperator'>): boolean {
    return user.isOperator || this.fromConfiguration(user);
  }

  fromConfiguration(user: Pick<UserEntity, 'email'>): boolean {
    return this.config.operatorEmails.has(user.email.toLowerCase());
  }

  async requireOperator(userId: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user || !this.isOperator(user)) {
      throw new DomainError(
        DomainErrorCode.NOT_AN_OPERATOR,
        'Only a platform operator can do this',
      );
    }
    return user;
  }

  /** Operators, those from configuration first; for operators only. */
  async list(callerId: string): Promise<UserEntity[]> {
    await this.requireOperator(callerId);
    const emails = [...this.config.operatorEmails];
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.is_operator OR lower(u.email) = ANY(:emails)', { emails })
      .orderBy('u.display_name')
      .getMany();
  }

  /** Server side only: the demo names its operator, as configuration would. */
  async bootstrap(email: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE app_user SET is_operator = true WHERE lower(email) = lower($1)`,
      [email],
    );
  }
}
