import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { inTransaction } from '../common/database/transaction.js';
import { readableByRecipient } from './recipient-access.js';

export interface MarkNotificationsReadCommand {
  callerId: string;
  /** These notifications… */
  ids?: readonly string[] | null;
  /** …or this one and every older one. */
  upTo?: string | null;
}

/**
 * Marks the caller's notifications read; returns how many were unread. Someone else's
 * notification, or one he is no longer shown, is not found, exactly like one that does not exist.
 */
@Injectable()
export class MarkNotificationsReadUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute({ callerId, ids, upTo }: MarkNotificationsReadCommand): Promise<number> {
    if ((ids == null) === (upTo == null)) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'Give either ids or upTo');
    }
    const wanted = [...new Set(ids ?? [upTo as string])];
    return inTransaction(this.dataSource, async (manager) => {
      const own = await manager.query<{ id: string; createdAt: Date }[]>(
        `SELECT n.id, n.created_at AS "createdAt" FROM notification n
         WHERE n.id = ANY($1) AND n.recipient_id = $2 AND ${readableByRecipient('n')}`,
        [wanted, callerId],
      );
      if (own.length !== wanted.length) {
        throw new DomainError(DomainErrorCode.NOTIFICATION_NOT_FOUND, 'Notification not found');
      }
      // UPDATE answers [rows, count] through TypeORM.
      const [, marked] = upTo
        ? await manager.query<[unknown[], number]>(
            `UPDATE notification n SET read_at = now()
             WHERE n.recipient_id = $1 AND n.read_at IS NULL AND ${readableByRecipient('n')}
               AND (n.created_at, n.id) <= ((SELECT created_at FROM notification WHERE id = $2), $2::uuid)`,
            [callerId, upTo],
          )
        : await manager.query<[unknown[], number]>(
            `UPDATE notification SET read_at = now()
             WHERE recipient_id = $1 AND read_at IS NULL AND id = ANY($2)`,
            [callerId, wanted],
          );
      return marked;
    });
  }
}
