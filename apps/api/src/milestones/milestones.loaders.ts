import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { selectRows } from '../common/database/select-rows.js';
import { groupByKeys, LoaderSource } from '../common/graphql/loaders.js';
import { MilestoneEntity } from './milestone.entity.js';

/** The milestones read by one request, per accord, in the order they were marked. */
export class MilestoneLoaders {
  readonly milestonesByAccord: DataLoader<string, MilestoneEntity[]>;

  constructor(db: DataSource) {
    this.milestonesByAccord = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          MilestoneEntity,
          'WHERE t.accord_id = ANY($1::uuid[]) ORDER BY t.seq',
          [ids],
        ),
        (m) => m.accordId,
      ),
    );
  }
}

@Injectable()
export class MilestoneLoaderSource extends LoaderSource<MilestoneLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): MilestoneLoaders {
    return new MilestoneLoaders(this.db);
  }
}
