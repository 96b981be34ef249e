import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { groupByKeys, LoaderSource, orderByKeys } from '../common/graphql/loaders.js';
import { readQuery } from '../common/database/read-query.js';
import { selectChosenRows, selectRows } from '../common/database/select-rows.js';
import {
  choiceKey,
  ColumnChoice,
  type Columns,
  splitChoiceKey,
} from '../common/database/column-choice.js';
import { AMENDMENT_COLUMNS } from './amendment-columns.js';
import { AmendmentEntity } from './amendment.entity.js';
import { ClauseVersionEntity, type ClauseVersionText } from './clause-version.entity.js';
import { ClauseEntity, type ListedClause } from './clause.entity.js';
import type { HeldNumber } from './new-article-number.js';

const versionKey = (clauseId: string, version: number) => `${clauseId}:${version}`;

/** A clause read with its current version (`clause_version v` joined), as flat columns. */
interface CurrentVersionColumns {
  vHeading: string | null;
  vText: string | null;
  vForce: ClauseVersionText['force'] | null;
  vSources: string[] | null;
  vNormIds: string[] | null;
  vCreatedAt: Date | null;
  vCreatedSeq: number | null;
  vAmendmentId: string | null;
  vAuthorOrganizationId: string | null;
}

const CURRENT_VERSION_COLUMNS = `v.heading AS "vHeading", v.text AS "vText", v.force AS "vForce",
  v.sources AS "vSources", v.norm_ids AS "vNormIds", v.created_at AS "vCreatedAt", v.created_seq AS "vCreatedSeq",
  v.amendment_id AS "vAmendmentId", v.author_organization_id AS "vAuthorOrganizationId"`;

function withCurrentVersion(row: ClauseEntity & CurrentVersionColumns): ListedClause {
  // Built field by field (the type says when one is missing): object rest over pg's rows of 17
  // keys took 2.4–2.7 µs a row in a micro-benchmark, this 0.1–0.2 µs.
  const clause: ListedClause = {
    id: row.id,
    accordId: row.accordId,
    position: row.position,
    number: row.number,
    holdsNumber: row.holdsNumber,
    currentVersion: row.currentVersion,
    removedAt: row.removedAt,
    createdAt: row.createdAt,
  };
  if (
    row.vText === null ||
    row.vForce === null ||
    row.vCreatedAt === null ||
    row.vCreatedSeq === null
  )
    return clause;
  clause.current = {
    clauseId: row.id,
    version: row.currentVersion,
    heading: row.vHeading,
    text: row.vText,
    force: row.vForce,
    sources: row.vSources ?? [],
    normIds: row.vNormIds ?? [],
    createdAt: row.vCreatedAt,
    createdSeq: row.vCreatedSeq,
    amendmentId: row.vAmendmentId,
    authorOrganizationId: row.vAuthorOrganizationId,
  };
  return clause;
}

/** The clauses, versions and amendments read by one request (no N+1 across a page). */
export class DraftingLoaders {
  private clausesByAccord?: DataLoader<string, ListedClause[]>;
  private heldNumbersByAccord?: DataLoader<string, HeldNumber[]>;
  private clauseById?: DataLoader<string, ListedClause | null>;
  private clauseVersion?: DataLoader<string, ClauseVersionEntity | null>;
  private versionsByClause?: DataLoader<string, ClauseVersionEntity[]>;
  private amendmentById?: DataLoader<string, AmendmentEntity | null>;
  private amendmentsByAccord?: DataLoader<string, AmendmentEntity[]>;
  private versionByAmendment?: DataLoader<string, ClauseVersionEntity | null>;
  /** Clauses read with their accord's list, and those lists still being read. */
  private readonly listed = new Map<string, ListedClause>();
  private readonly listing: Promise<unknown>[] = [];

  constructor(private readonly db: DataSource) {}

  clausesOfAccord(accordId: string): Promise<ListedClause[]> {
    const list = (this.clausesByAccord ??= new DataLoader<string, ListedClause[]>(async (ids) => {
      // With each clause's current version: a page shows the text of the clauses it lists.
      const rows = await selectRows<ClauseEntity, CurrentVersionColumns>(
        this.db,
        ClauseEntity,
        `LEFT JOIN clause_version v ON v.clause_id = t.id AND v.version = t.current_version
             WHERE t.accord_id = ANY($1::uuid[]) AND t.removed_at IS NULL ORDER BY t.position`,
        [ids],
        CURRENT_VERSION_COLUMNS,
      );
      const clauses = rows.map(withCurrentVersion);
      for (const clause of clauses) this.listed.set(clause.id, clause);
      return groupByKeys(ids, clauses, (c) => c.accordId);
    })).load(accordId);
    this.listing.push(list.catch(() => null));
    return list;
  }

  clause(id: string) {
    return this.clauseLoader().load(id);
  }

  /** Numbers taken in the accord: live clauses, and removed ones until the next renumbering. */
  heldNumbersOfAccord(accordId: string) {
    return (this.heldNumbersByAccord ??= new DataLoader<string, HeldNumber[]>(async (ids) =>
      groupByKeys(
        ids,
        await readQuery<HeldNumber & { accordId: string }>(
          this.db,
          `SELECT accord_id AS "accordId", number, position FROM clause
               WHERE accord_id = ANY($1::uuid[]) AND holds_number`,
          [ids],
        ),
        (c) => c.accordId,
      ),
    )).load(accordId);
  }

  private clauseLoader() {
    return (this.clauseById ??= new DataLoader<string, ListedClause | null>(async (ids) => {
      // An accord page asks each amendment for its clause while (or after) it lists the
      // accord's clauses: those answer, rather than a second read of the same rows.
      await Promise.all(this.listing);
      const missing = ids.filter((id) => !this.listed.has(id));
      const read = missing.length
        ? await selectRows(this.db, ClauseEntity, 'WHERE t.id = ANY($1::uuid[])', [missing])
        : [];
      const found = [...read, ...ids.flatMap((id) => this.listed.get(id) ?? [])];
      return orderByKeys(ids, found, (c) => c.id);
    }));
  }

  version(clauseId: string, version: number) {
    return (this.clauseVersion ??= new DataLoader<string, ClauseVersionEntity | null>(
      async (keys) => {
        const pairs = keys.map((k) => k.split(':'));
        const rows = await selectRows(
          this.db,
          ClauseVersionEntity,
          'WHERE (t.clause_id, t.version) IN (SELECT * FROM unnest($1::uuid[], $2::int[]))',
          [pairs.map((p) => p[0]), pairs.map((p) => Number(p[1]))],
        );
        return orderByKeys(keys, rows, (v) => versionKey(v.clauseId, v.version));
      },
    )).load(versionKey(clauseId, version));
  }

  versionsOfClause(clauseId: string) {
    return (this.versionsByClause ??= new DataLoader<string, ClauseVersionEntity[]>(async (ids) =>
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
    )).load(clauseId);
  }

  amendment(id: string) {
    return (this.amendmentById ??= new DataLoader<string, AmendmentEntity | null>(async (ids) =>
      orderByKeys(
        ids,
        await selectRows(this.db, AmendmentEntity, 'WHERE t.id = ANY($1::uuid[])', [ids]),
        (a) => a.id,
      ),
    )).load(id);
  }

  /**
   * The accord's amendments in order, with the `columns` chosen (the whole rows by default).
   * One statement per batch whatever the choices in it: it reads the union of their columns.
   */
  amendmentsOfAccord(
    accordId: string,
    columns: Columns<AmendmentEntity> = ColumnChoice.WHOLE_ROW,
  ): Promise<AmendmentEntity[]> {
    return (this.amendmentsByAccord ??= new DataLoader<string, AmendmentEntity[]>(async (keys) => {
      const asked = keys.map((key) => splitChoiceKey(key));
      const chosen = asked
        .map(([choice]) => AMENDMENT_COLUMNS.ofKey(choice))
        .reduce((a, b) => AMENDMENT_COLUMNS.union(a, b));
      const ids = [...new Set(asked.map(([, id]) => id))];
      const byAccord = groupByKeys(
        ids,
        await selectChosenRows(
          this.db,
          AmendmentEntity,
          chosen,
          'WHERE t.accord_id = ANY($1::uuid[]) ORDER BY t.created_at',
          [ids],
        ),
        (a) => a.accordId,
      );
      const lists = new Map(ids.map((id, i) => [id, byAccord[i]!]));
      return asked.map(([, id]) => lists.get(id)!);
    })).load(choiceKey(columns, accordId));
  }

  /** The version an adopted amendment made (ADD and MODIFY make one; REMOVE and MOVE none). */
  versionMadeBy(amendmentId: string) {
    return (this.versionByAmendment ??= new DataLoader<string, ClauseVersionEntity | null>(
      async (ids) =>
        orderByKeys(
          ids,
          await selectRows(this.db, ClauseVersionEntity, 'WHERE t.amendment_id = ANY($1::uuid[])', [
            ids,
          ]),
          (v) => v.amendmentId!,
        ),
    )).load(amendmentId);
  }
}

@Injectable()
export class DraftingLoaderSource extends LoaderSource<DraftingLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): DraftingLoaders {
    return new DraftingLoaders(this.db);
  }
}
