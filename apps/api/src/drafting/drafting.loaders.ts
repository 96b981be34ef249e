import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AccordEntity } from '../accords/accord.entity.js';
import {
  featureLoader,
  groupByKeys,
  orderByKeys,
  type Loaders,
} from '../common/graphql/loaders.js';
import { selectRows } from '../common/database/select-rows.js';
import { BallotEntity } from '../voting/ballot.entity.js';
import { AmendmentEntity } from './amendment.entity.js';
import { ClauseVersionEntity } from './clause-version.entity.js';
import { ClauseEntity } from './clause.entity.js';
import type { HeldNumber } from './new-article-number.js';

const versionKey = (clauseId: string, version: number) => `${clauseId}:${version}`;

/** Request-scoped batch loaders of the drafting and voting reads (no N+1 across a page). */
export class DraftingLoaders {
  constructor(
    private readonly loaders: Loaders,
    private readonly db: DataSource,
  ) {}

  accord(id: string) {
    return featureLoader(
      this.loaders,
      'accordById',
      () =>
        new DataLoader<string, AccordEntity | null>(async (ids) =>
          orderByKeys(
            ids,
            await selectRows(this.db, AccordEntity, 'WHERE t.id = ANY($1::uuid[])', [ids]),
            (a) => a.id,
          ),
        ),
    ).load(id);
  }

  clausesOfAccord(accordId: string) {
    return featureLoader(
      this.loaders,
      'clausesByAccord',
      () =>
        new DataLoader<string, ClauseEntity[]>(async (ids) => {
          const clauses = await selectRows(
            this.db,
            ClauseEntity,
            'WHERE t.accord_id = ANY($1::uuid[]) AND t.removed_at IS NULL ORDER BY t.position',
            [ids],
          );
          // An accord page asks each amendment for its clause next: these rows answer it.
          const byId = this.clauseLoader();
          for (const clause of clauses) byId.prime(clause.id, clause);
          return groupByKeys(ids, clauses, (c) => c.accordId);
        }),
    ).load(accordId);
  }

  clause(id: string) {
    return this.clauseLoader().load(id);
  }

  /** Numbers taken in the accord: live clauses, and removed ones until the next renumbering. */
  heldNumbersOfAccord(accordId: string) {
    return featureLoader(
      this.loaders,
      'heldNumbersByAccord',
      () =>
        new DataLoader<string, HeldNumber[]>(async (ids) =>
          groupByKeys(
            ids,
            await this.db.query<(HeldNumber & { accordId: string })[]>(
              `SELECT accord_id AS "accordId", number, position FROM clause
               WHERE accord_id = ANY($1::uuid[]) AND holds_number`,
              [ids],
            ),
            (c) => c.accordId,
          ),
        ),
    ).load(accordId);
  }

  private clauseLoader() {
    return featureLoader(
      this.loaders,
      'clauseById',
      () =>
        new DataLoader<string, ClauseEntity | null>(async (ids) =>
          orderByKeys(
            ids,
            await selectRows(this.db, ClauseEntity, 'WHERE t.id = ANY($1::uuid[])', [ids]),
            (c) => c.id,
          ),
        ),
    );
  }

  version(clauseId: string, version: number) {
    return featureLoader(
      this.loaders,
      'clauseVersion',
      () =>
        new DataLoader<string, ClauseVersionEntity | null>(async (keys) => {
          const pairs = keys.map((k) => k.split(':'));
          const rows = await selectRows(
            this.db,
            ClauseVersionEntity,
            'WHERE (t.clause_id, t.version) IN (SELECT * FROM unnest($1::uuid[], $2::int[]))',
            [pairs.map((p) => p[0]), pairs.map((p) => Number(p[1]))],
          );
          return orderByKeys(keys, rows, (v) => versionKey(v.clauseId, v.version));
        }),
    ).load(versionKey(clauseId, version));
  }

  versionsOfClause(clauseId: string) {
    return featureLoader(
      this.loaders,
      'versionsByClause',
      () =>
        new DataLoader<string, ClauseVersionEntity[]>(async (ids) =>
          groupByKeys(
            ids,
            await selectRows(
              this.db,
              ClauseVersionEntity,
              'WHERE t.clause_id = ANY($1::uuid[]) ORDER BY t.version',
              [ids],
            ),
            (v) => v.clauseId,
          ),
        ),
    ).load(clauseId);
  }

  amendment(id: string) {
    return featureLoader(
      this.loaders,
      'amendmentById',
      () =>
        new DataLoader<string, AmendmentEntity | null>(async (ids) =>
          orderByKeys(
            ids,
            await selectRows(this.db, AmendmentEntity, 'WHERE t.id = ANY($1::uuid[])', [ids]),
            (a) => a.id,
          ),
        ),
    ).load(id);
  }

  amendmentsOfAccord(accordId: string) {
    return featureLoader(
      this.loaders,
      'amendmentsByAccord',
      () =>
        new DataLoader<string, AmendmentEntity[]>(async (ids) =>
          groupByKeys(
            ids,
            await selectRows(
              this.db,
              AmendmentEntity,
              'WHERE t.accord_id = ANY($1::uuid[]) ORDER BY t.created_at',
              [ids],
            ),
            (a) => a.accordId,
          ),
        ),
    ).load(accordId);
  }

  ballotsOfAmendment(amendmentId: string) {
    return featureLoader(
      this.loaders,
      'ballotsByAmendment',
      () =>
        new DataLoader<string, BallotEntity[]>(async (ids) =>
          groupByKeys(
            ids,
            await selectRows(
              this.db,
              BallotEntity,
              'WHERE t.amendment_id = ANY($1::uuid[]) ORDER BY t.cast_at',
              [ids],
            ),
            (b) => b.amendmentId,
          ),
        ),
    ).load(amendmentId);
  }

  /** The version an adopted amendment made (ADD and MODIFY make one; REMOVE and MOVE none). */
  versionMadeBy(amendmentId: string) {
    return featureLoader(
      this.loaders,
      'versionByAmendment',
      () =>
        new DataLoader<string, ClauseVersionEntity | null>(async (ids) =>
          orderByKeys(
            ids,
            await selectRows(
              this.db,
              ClauseVersionEntity,
              'WHERE t.amendment_id = ANY($1::uuid[])',
              [ids],
            ),
            (v) => v.amendmentId!,
          ),
        ),
    ).load(amendmentId);
  }
}
