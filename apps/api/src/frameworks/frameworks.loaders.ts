import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { selectRows } from '../common/database/select-rows.js';
import { DomainErrorCode, notFound } from '../common/errors/domain-error.js';
import { groupByKeys, LoaderSource, orderByKeys } from '../common/graphql/loaders.js';
import { isUuid } from '../common/graphql/ids.js';
import { FrameworkEntity, NormEntity } from './framework.entity.js';

export const frameworkNotFound = () => notFound(DomainErrorCode.FRAMEWORK_NOT_FOUND, 'Framework');
export const normNotFound = () => notFound(DomainErrorCode.NORM_NOT_FOUND, 'Norm');

/** Frameworks and norms read by one request. They are platform-wide: any signed-in user reads them. */
export class FrameworkLoaders {
  readonly frameworkById: DataLoader<string, FrameworkEntity | null>;
  readonly normById: DataLoader<string, NormEntity | null>;
  readonly normsByFramework: DataLoader<string, NormEntity[]>;
  /** The norms of other frameworks a norm corresponds to (both directions of a pair). */
  readonly correspondingNorms: DataLoader<string, NormEntity[]>;

  constructor(private readonly db: DataSource) {
    const uuids = (ids: readonly string[]) => ids.filter((id) => isUuid(id));
    this.frameworkById = new DataLoader(async (ids) =>
      orderByKeys(
        ids,
        await selectRows(db, FrameworkEntity, 'WHERE t.id = ANY($1::uuid[])', [uuids(ids)]),
        (f) => f.id,
      ),
    );
    this.normById = new DataLoader(async (ids) =>
      orderByKeys(
        ids,
        await selectRows(db, NormEntity, 'WHERE t.id = ANY($1::uuid[])', [uuids(ids)]),
        (n) => n.id,
      ),
    );
    this.normsByFramework = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          NormEntity,
          'WHERE t.framework_id = ANY($1::uuid[]) ORDER BY t.position',
          [ids],
        ),
        (n) => n.frameworkId,
      ),
    );
    this.correspondingNorms = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows<NormEntity, { of: string }>(
          db,
          NormEntity,
          `JOIN (SELECT norm_id AS of, other_norm_id AS other FROM norm_correspondence
                 WHERE norm_id = ANY($1::uuid[])
                 UNION ALL
                 SELECT other_norm_id, norm_id FROM norm_correspondence
                 WHERE other_norm_id = ANY($1::uuid[])) c ON c.other = t.id
           ORDER BY t.framework_id, t.position`,
          [ids],
          'c.of AS of',
        ),
        (n) => n.of,
      ),
    );
  }

  /** Every framework on the platform, newest first, then by short name. */
  all(): Promise<FrameworkEntity[]> {
    return selectRows(this.db, FrameworkEntity, 'ORDER BY t.year DESC, lower(t.short_name)', []);
  }
}

@Injectable()
export class FrameworkLoaderSource extends LoaderSource<FrameworkLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): FrameworkLoaders {
    return new FrameworkLoaders(this.db);
  }
}
