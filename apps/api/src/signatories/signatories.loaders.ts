import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { selectRows } from '../common/database/select-rows.js';
import { groupByKeys, LoaderSource, orderByKeys } from '../common/graphql/loaders.js';
import { ImplementationReportEntity } from './implementation-report.entity.js';
import { SignatureEntity } from './signature.entity.js';

/** Signatures (standing and withdrawn, in the order signed), reports and next versions, per accord. */
export class SignatoryLoaders {
  readonly signaturesByAccord: DataLoader<string, SignatureEntity[]>;
  /** The latest report per article and organization, by accord. */
  readonly latestReportsByAccord: DataLoader<string, ImplementationReportEntity[]>;
  readonly nextVersionOf: DataLoader<string, AccordEntity | null>;

  constructor(db: DataSource) {
    this.signaturesByAccord = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          SignatureEntity,
          'WHERE t.accord_id = ANY($1::uuid[]) ORDER BY t.signed_seq',
          [ids],
        ),
        (s) => s.accordId,
      ),
    );
    this.latestReportsByAccord = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          ImplementationReportEntity,
          `WHERE t.accord_id = ANY($1::uuid[]) AND NOT EXISTS (
             SELECT 1 FROM implementation_report later
             WHERE later.accord_id = t.accord_id AND later.clause_id = t.clause_id
               AND later.organization_id = t.organization_id AND later.seq > t.seq)
           ORDER BY t.seq`,
          [ids],
        ),
        (r) => r.accordId,
      ),
    );
    this.nextVersionOf = new DataLoader(async (ids) =>
      orderByKeys(
        ids,
        await selectRows(db, AccordEntity, 'WHERE t.previous_version_id = ANY($1::uuid[])', [ids]),
        (a) => a.previousVersionId!,
      ),
    );
  }
}

@Injectable()
export class SignatoryLoaderSource extends LoaderSource<SignatoryLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): SignatoryLoaders {
    return new SignatoryLoaders(this.db);
  }
}
