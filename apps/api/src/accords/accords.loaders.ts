import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { selectRows } from '../common/database/select-rows.js';
import { groupByKeys, LoaderSource, orderByKeys } from '../common/graphql/loaders.js';
import { ParticipantEntity } from './participant.entity.js';

/** The accords and their participants read by one request. */
export class AccordLoaders {
  readonly accordById: DataLoader<string, AccordEntity | null>;
  readonly participantsByAccord: DataLoader<string, ParticipantEntity[]>;

  constructor(db: DataSource) {
    this.accordById = new DataLoader(async (ids) =>
      orderByKeys(
        ids,
        await selectRows(db, AccordEntity, 'WHERE t.id = ANY($1::uuid[])', [ids]),
        (a) => a.id,
      ),
    );
    this.participantsByAccord = new DataLoader(async (ids) =>
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
    );
  }
}

@Injectable()
export class AccordLoaderSource extends LoaderSource<AccordLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): AccordLoaders {
    return new AccordLoaders(this.db);
  }
}
