import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { OperatorsService } from '../identity/operators.service.js';
import { UserEntity } from '../identity/user.entity.js';

/**
 * Who may add and change norm frameworks. They are shared by every accord, so not any delegate:
 * a platform operator, or a user who facilitates an accord (the secretariat's staff who hold
 * the pen, and need the frameworks their accord is compared with).
 */
@Injectable()
export class FrameworkEditors {
  constructor(
    private readonly dataSource: DataSource,
    private readonly operators: OperatorsService,
  ) {}

  async mayEdit(userId: string, manager?: EntityManager): Promise<boolean> {
    const db = manager ?? this.dataSource.manager;
    const [row] = await db.query<
      (Pick<UserEntity, 'email' | 'isOperator'> & { facilitates: boolean })[]
    >(
      `SELECT u.email, u.is_operator AS "isOperator",
              EXISTS (SELECT 1 FROM accord a WHERE a.facilitator_id = u.id) AS facilitates
       FROM app_user u WHERE u.id = $1`,
      [userId],
    );
    return !!row && (row.facilitates || this.operators.isOperator(row));
  }

  async requireEditor(userId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.mayEdit(userId, manager))) {
      throw new DomainError(
        DomainErrorCode.NOT_A_FRAMEWORK_EDITOR,
        'Only a platform operator or the facilitator of an accord can add or change norm frameworks',
      );
    }
  }
}
