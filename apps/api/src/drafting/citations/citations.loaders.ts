import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { selectRows } from '../../common/database/select-rows.js';
import { groupByKeys, LoaderSource } from '../../common/graphql/loaders.js';
import { ClauseSourceLinkEntity } from './clause-source-link.entity.js';

/** The source links read by one request, per clause. */
export class CitationLoaders {
  readonly linksByClause: DataLoader<string, ClauseSourceLinkEntity[]>;

  constructor(db: DataSource) {
    this.linksByClause = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(db, ClauseSourceLinkEntity, 'WHERE t.clause_id = ANY($1::uuid[])', [ids]),
        (l) => l.clauseId,
      ),
    );
  }
}

@Injectable()
export class CitationLoaderSource extends LoaderSource<CitationLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): CitationLoaders {
    return new CitationLoaders(this.db);
  }
}
