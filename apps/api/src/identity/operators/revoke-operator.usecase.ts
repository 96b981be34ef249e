import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/graphql/ids.js';
import { OperatorsService } from '../operators.service.js';
import { UserEntity } from '../user.entity.js';

export interface RevokeOperatorCommand {
  callerId: string;
  /** The operator whose role ends. */
  userId: string;
}

/** An operator ends an operator role granted here; one named in configuration stays. */
@Injectable()
export class RevokeOperatorUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly operators: OperatorsService,
  ) {}

  async execute({ callerId, userId }: RevokeOperatorCommand): Promise<UserEntity> {
    await this.operators.requireOperator(callerId);
    const users = this.dataSource.getRepository(UserEntity);
    const user = isUuid(userId) ? await users.findOneBy({ id: userId }) : null;
    if (!user) throw new DomainError(DomainErrorCode.USER_NOT_FOUND, 'User not found');
    if (this.operators.fromConfiguration(user)) {
      throw new DomainError(
        DomainErrorCode.OPERATOR_FROM_CONFIGURATION,
        'This operator is named in PLENARY_OPERATOR_EMAILS; remove the address there',
      );
    }
    await users.update({ id: user.id }, { isOperator: false });
    return { ...user, isOperator: false };
  }
}
