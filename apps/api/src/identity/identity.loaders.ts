import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readQuery } from '../common/database/read-query.js';
import { selectRows } from '../common/database/select-rows.js';
import { groupByKeys, LoaderSource, orderByKeys } from '../common/graphql/loaders.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import type { UserCard } from './user.entity.js';

/** The users, organizations and memberships read by one request, a query per kind and level. */
export class IdentityLoaders {
  readonly userById: DataLoader<string, UserCard | null>;
  readonly organizationById: DataLoader<string, OrganizationEntity | null>;
  readonly membershipsByUser: DataLoader<string, MembershipEntity[]>;
  /**
   * The organizations taking part in an accord. The participant rows belong to accords, which
   * sits above identity: they are read here by table, not through its entity.
   */
  readonly organizationsInAccord: DataLoader<string, string[]>;
  private emailVisibility?: { callerId: string | null; loader: DataLoader<string, boolean> };

  constructor(private readonly db: DataSource) {
    this.userById = new DataLoader(async (ids) =>
      orderByKeys(
        ids,
        await readQuery<UserCard>(
          db,
          'SELECT id, email, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[])',
          [ids],
        ),
        (u) => u.id,
      ),
    );
    this.organizationById = new DataLoader(async (ids) =>
      orderByKeys(
        ids,
        await selectRows(db, OrganizationEntity, 'WHERE t.id = ANY($1::uuid[])', [ids]),
        (o) => o.id,
      ),
    );
    this.membershipsByUser = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          MembershipEntity,
          'WHERE t.user_id = ANY($1::uuid[]) ORDER BY t.created_at',
          [ids],
        ),
        (m) => m.userId,
      ),
    );
    this.organizationsInAccord = new DataLoader(async (ids) => {
      const rows = await readQuery<{ accordId: string; organizationId: string }>(
        db,
        `SELECT accord_id AS "accordId", organization_id AS "organizationId"
         FROM participant WHERE accord_id = ANY($1::uuid[])`,
        [ids],
      );
      return groupByKeys(ids, rows, (r) => r.accordId).map((g) => g.map((r) => r.organizationId));
    });
  }

  /**
   * Whose email the caller may read: his own, and those of the members of the organizations he
   * represents. One query per request for all the users on the page.
   */
  emailVisibleTo(callerId: string | null): DataLoader<string, boolean> {
    if (this.emailVisibility?.callerId !== callerId) {
      this.emailVisibility = { callerId, loader: this.emailVisibilityLoader(callerId) };
    }
    return this.emailVisibility.loader;
  }

  private emailVisibilityLoader(callerId: string | null): DataLoader<string, boolean> {
    return new DataLoader<string, boolean>(async (userIds) => {
      if (!callerId) return userIds.map(() => false);
      const rows = await readQuery<{ userId: string }>(
        this.db,
        `SELECT DISTINCT colleague.user_id AS "userId"
         FROM membership mine
         JOIN membership colleague ON colleague.organization_id = mine.organization_id
         WHERE mine.user_id = $1 AND mine.role = 'REPRESENTATIVE'
           AND colleague.user_id = ANY($2::uuid[])`,
        [callerId, userIds],
      );
      const visible = new Set(rows.map((r) => r.userId));
      return userIds.map((id) => id === callerId || visible.has(id));
    });
  }
}

@Injectable()
export class IdentityLoaderSource extends LoaderSource<IdentityLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): IdentityLoaders {
    return new IdentityLoaders(this.db);
  }
}
