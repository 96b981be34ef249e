import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { featureLoader, type Loaders } from '../common/graphql/loaders.js';

/**
 * Whose email the caller may read: his own, and those of the members of the organizations he
 * represents. One query per request for all the users on the page.
 */
export function emailVisibleToCaller(
  loaders: Loaders,
  db: DataSource,
  callerId: string | null,
): DataLoader<string, boolean> {
  return featureLoader(
    loaders,
    'identity.emailVisibleToCaller',
    () =>
      new DataLoader<string, boolean>(async (userIds) => {
        if (!callerId) return userIds.map(() => false);
        const rows = await db.query<{ userId: string }[]>(
          `SELECT DISTINCT colleague.user_id AS "userId"
           FROM membership mine
           JOIN membership colleague ON colleague.organization_id = mine.organization_id
           WHERE mine.user_id = $1 AND mine.role = 'REPRESENTATIVE'
             AND colleague.user_id = ANY($2::uuid[])`,
          [callerId, userIds],
        );
        const visible = new Set(rows.map((r) => r.userId));
        return userIds.map((id) => id === callerId || visible.has(id));
      }),
  );
}
