import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { OperatorsService } from '../operators.service.js';
import { UserEntity } from '../user.entity.js';

export interface GrantOperatorCommand {
  callerId: string;
  /** The account to make an operator. */
  email: string;
}

/** An operator makes another user an operator (held by a flag on his account). */
@Injectable()
export class GrantOperatorUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly operators: OperatorsService,
  ) {}

  async execute({ callerId, email }: GrantOperatorCommand): Promise<UserEntity> {
    await this.operators.requireOperator(callerId);
    // Through a CTE: TypeORM's query() gives [rows, count] for a bare UPDATE … RETURNING.
    const [user] = await this.dataSource.query<{ id: string }[]>(
      `WITH granted AS (UPDATE app_user SET is_operator = true WHERE lower(email) = lower($1) RETURNING id)
       SELECT id FROM granted`,
      [email.trim()],
    );
    // Operators are trusted staff: telling them that no account has this email is fine.
    if (!user)
      throw new DomainError(
        DomainErrorCode.USER_NOT_FOUND,
        'No account has this email; ask them to register first',
      );
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
  }
}
