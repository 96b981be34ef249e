import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ParticipantEntity } from '../../accords/participant.entity.js';
import { MembershipEntity } from '../../identity/membership.entity.js';
import { OrganizationEntity } from '../../identity/organization.entity.js';
import { UserEntity } from '../../identity/user.entity.js';
import { selectRows } from '../database/select-rows.js';

/** Keeps DataLoader's contract: one result per key, in key order. */
export function orderByKeys<K, V>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => K,
): (V | null)[] {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Request-scoped batch loaders; features add theirs through `extra`. */
export interface Loaders {
  userById: DataLoader<string, UserEntity | null>;
  organizationById: DataLoader<string, OrganizationEntity | null>;
  membershipsByUser: DataLoader<string, MembershipEntity[]>;
  participantsByAccord: DataLoader<string, ParticipantEntity[]>;
  /** Feature loaders created lazily by name. */
  extra: Map<string, DataLoader<unknown, unknown>>;
}

@Injectable()
export class LoaderFactory {
  constructor(private readonly dataSource: DataSource) {}

  create(): Loaders {
    const db = this.dataSource;
    return {
      userById: new DataLoader(async (ids) =>
        orderByKeys(
          ids,
          await selectRows(db, UserEntity, 'WHERE t.id = ANY($1::uuid[])', [ids]),
          (u) => u.id,
        ),
      ),
      organizationById: new DataLoader(async (ids) =>
        orderByKeys(
          ids,
          await selectRows(db, OrganizationEntity, 'WHERE t.id = ANY($1::uuid[])', [ids]),
          (o) => o.id,
        ),
      ),
      membershipsByUser: new DataLoader(async (ids) =>
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
      ),
      participantsByAccord: new DataLoader(async (ids) =>
        groupByKeys(
          ids,
          await selectRows(
            db,
            ParticipantEntity,
            'WHERE t.accord_id = ANY($1::uuid[]) ORDER BY t.added_at',
            [ids],
          ),
          (p) => p.accordId,
        ),
      ),
      extra: new Map(),
    };
  }
}

/** A feature's loader, created on first use within the request. */
export function featureLoader<K, V>(
  loaders: Loaders,
  name: string,
  make: () => DataLoader<K, V>,
): DataLoader<K, V> {
  let loader = loaders.extra.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = make();
    loaders.extra.set(name, loader);
  }
  return loader;
}
