import { Injectable } from '@nestjs/common';
import type { StakeholderGroup } from '@plenary/contracts';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { selectRows } from '../common/database/select-rows.js';
import { groupByKeys, LoaderSource } from '../common/graphql/loaders.js';
import { AmendmentSponsorEntity } from './amendment-sponsor.entity.js';
import { AmendmentSupportEntity } from './amendment-support.entity.js';

export interface GroupCountRow {
  amendmentId: string;
  group: StakeholderGroup;
  count: number;
}

/** Co-sponsors, sponsoring groups and supporters read by one request, per amendment. */
export class CosponsorLoaders {
  readonly sponsorsByAmendment: DataLoader<string, AmendmentSponsorEntity[]>;
  readonly sponsorGroupsByAmendment: DataLoader<string, GroupCountRow[]>;
  readonly supportByAmendment: DataLoader<string, AmendmentSupportEntity[]>;

  constructor(db: DataSource) {
    this.sponsorsByAmendment = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          AmendmentSponsorEntity,
          'WHERE t.amendment_id = ANY($1::uuid[]) ORDER BY t.invited_at, t.organization_id',
          [ids],
        ),
        (s) => s.amendmentId,
      ),
    );
    // The sponsor and the co-sponsors who accepted, counted per stakeholder group.
    this.sponsorGroupsByAmendment = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await db.query<GroupCountRow[]>(
          `SELECT s.amendment_id AS "amendmentId", o.stakeholder_group AS "group",
                  count(*)::int AS count
           FROM (SELECT id AS amendment_id, on_behalf_of AS organization_id FROM amendment
                 WHERE id = ANY($1::uuid[])
                 UNION
                 SELECT amendment_id, organization_id FROM amendment_sponsor
                 WHERE amendment_id = ANY($1::uuid[]) AND status = 'ACCEPTED') s
           JOIN organization o ON o.id = s.organization_id
           GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
          [ids],
        ),
        (g) => g.amendmentId,
      ),
    );
    this.supportByAmendment = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          AmendmentSupportEntity,
          'WHERE t.amendment_id = ANY($1::uuid[]) ORDER BY t.supported_at, t.organization_id',
          [ids],
        ),
        (s) => s.amendmentId,
      ),
    );
  }
}

@Injectable()
export class CosponsorLoaderSource extends LoaderSource<CosponsorLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): CosponsorLoaders {
    return new CosponsorLoaders(this.db);
  }
}
