import { isUuid } from '../common/graphql/ids.js';
import { Injectable } from '@nestjs/common';
import { EmailDelivery, NOTIFICATION_KINDS, type NotificationKind } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import type { NotificationSubject } from './notification-words.js';
import { readableByRecipient } from './recipient-access.js';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  subject: NotificationSubject;
  accordId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationSetting {
  kind: NotificationKind;
  email: EmailDelivery;
}

/** A deleted comment's text is no longer served: nor is its excerpt in a notification. */
export const COMMENT_OF_SUBJECT = `LEFT JOIN comment c ON c.id = (n.subject->>'commentId')::uuid`;
export const SUBJECT_SHOWN = `CASE WHEN c.deleted_at IS NULL THEN n.subject
                                   ELSE n.subject - 'excerpt' END AS subject`;

/** `<createdAt ISO>_<id>`: the place of the last notification of a page, newest first. */
const encodeCursor = (row: NotificationRow): string =>
  Buffer.from(`${row.createdAt.toISOString()}_${row.id}`).toString('base64url');

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('_');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime()) || !isUuid(id)) {
    throw new DomainError(DomainErrorCode.INVALID_INPUT, 'after is not a cursor of this list');
  }
  return { createdAt, id };
}

/**
 * A user's own notifications and settings: every query is by the caller's id, nobody else's.
 * A notification about an accord he may no longer read (his membership ended) is not shown.
 */
@Injectable()
export class NotificationReads {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    userId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<{ items: NotificationRow[]; endCursor: string | null }> {
    const from = after ? decodeCursor(after) : null;
    const rows = await this.dataSource.query<NotificationRow[]>(
      `SELECT n.id, n.kind, ${SUBJECT_SHOWN}, n.accord_id AS "accordId",
              n.created_at AS "createdAt", n.read_at AS "readAt"
       FROM notification n ${COMMENT_OF_SUBJECT}
       WHERE n.recipient_id = $1 AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2, $3::uuid))
         AND ${readableByRecipient('n')}
       ORDER BY n.created_at DESC, n.id DESC LIMIT $4`,
      [userId, from?.createdAt ?? null, from?.id ?? null, first + 1],
    );
    const items = rows.slice(0, first);
    const last = items.at(-1);
    return { items, endCursor: rows.length > first && last ? encodeCursor(last) : null };
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notification n
       WHERE n.recipient_id = $1 AND n.read_at IS NULL AND ${readableByRecipient('n')}`,
      [userId],
    );
    return row?.count ?? 0;
  }

  /** Every kind, with IMMEDIATE where the user chose nothing. */
  async settings(userId: string): Promise<NotificationSetting[]> {
    const rows = await this.dataSource.query<NotificationSetting[]>(
      `SELECT kind, email FROM notification_setting WHERE user_id = $1`,
      [userId],
    );
    const chosen = new Map(rows.map((row) => [row.kind, row.email]));
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      email: chosen.get(kind) ?? EmailDelivery.IMMEDIATE,
    }));
  }
}
