import { Injectable } from '@nestjs/common';
import { NormativeForce } from '@plenary/contracts';
import { diffWords, type DiffPart } from '@plenary/text-history';
import { DataSource } from 'typeorm';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { ClauseVersionEntity } from '../drafting/clause-version.entity.js';
import { DraftingLookupService } from '../drafting/drafting-lookup.service.js';

export interface SnapshotClause {
  clauseId: string;
  number: string;
  position: number;
  version: number;
  heading: string | null;
  text: string;
  force: NormativeForce;
}

export interface AccordSnapshot {
  accordId: string;
  seq: number;
  at: Date;
  clauses: SnapshotClause[];
}

/**
 * The text through time. Every read here is a few index look-ups whatever the length of the
 * history: versions by primary key, placements and versions by the seq that made them.
 */
@Injectable()
export class TextHistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly lookup: DraftingLookupService,
  ) {}

  async clauseDiff(callerId: string, clauseId: string, fromVersion: number, toVersion: number) {
    await this.lookup.clauseFor(callerId, clauseId);
    const versions = await this.dataSource.getRepository(ClauseVersionEntity).find({
      where: [
        { clauseId, version: fromVersion },
        { clauseId, version: toVersion },
      ],
      select: { version: true, text: true },
    });
    const text = (v: number) => {
      const found = versions.find((row) => row.version === v);
      if (!found)
        throw new DomainError(DomainErrorCode.UNKNOWN_VERSION, `The clause has no version ${v}`);
      return found.text;
    };
    const parts: DiffPart[] = diffWords(text(fromVersion), text(toVersion));
    return { clauseId, fromVersion, toVersion, parts };
  }

  async accordAt(
    callerId: string,
    accordId: string,
    at: Date | null,
    seq: number | null,
  ): Promise<AccordSnapshot> {
    const { accord } = await this.access.requireVisibleAs(accordId, callerId);
    if (at && seq !== null)
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'Give either `at` or `seq`, not both');
    if (seq !== null && seq > accord.lastSeq) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        `The accord has no event ${seq} yet (latest is ${accord.lastSeq})`,
      );
    }
    const point = await this.resolvePoint(
      accordId,
      at,
      seq ?? (at ? null : accord.lastSeq),
      accord.createdAt,
    );
    return {
      accordId,
      seq: point.seq,
      at: point.at,
      clauses: await this.articlesAt(accordId, point.seq),
    };
  }

  /**
   * A moment given as a seq, a time or a milestone of the accord (exactly one), as the event it
   * falls on; `lastSeq` bounds a seq.
   */
  async momentOf(
    accord: { id: string; lastSeq: number; createdAt: Date },
    moment: { seq?: number | null; at?: Date | null; milestoneId?: string | null },
  ): Promise<{ seq: number; at: Date }> {
    const given = [moment.seq, moment.at, moment.milestoneId].filter((v) => v != null).length;
    if (given !== 1) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'A moment is exactly one of `seq`, `at` or `milestoneId`',
      );
    }
    let seq = moment.seq ?? null;
    if (moment.milestoneId != null) {
      const rows = isUuid(moment.milestoneId)
        ? await this.dataSource.query<{ seq: number }[]>(
            `SELECT seq FROM milestone WHERE id = $1 AND accord_id = $2`,
            [moment.milestoneId, accord.id],
          )
        : [];
      const milestone = rows[0];
      if (!milestone)
        throw new DomainError(DomainErrorCode.INVALID_INPUT, 'The accord has no such milestone');
      seq = milestone.seq;
    }
    if (seq !== null && seq > accord.lastSeq) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        `The accord has no event ${seq} yet (latest is ${accord.lastSeq})`,
      );
    }
    return this.resolvePoint(accord.id, moment.at ?? null, seq, accord.createdAt);
  }

  /** Each article as it stood after event `seq`, in the order of the text then. */
  articlesAt(accordId: string, seq: number): Promise<SnapshotClause[]> {
    return this.dataSource.query<SnapshotClause[]>(
      `SELECT p.clause_id AS "clauseId", p.number, p.position, v.version, v.heading, v.text, v.force
       FROM clause_placement p
       CROSS JOIN LATERAL (
         SELECT version, heading, text, force FROM clause_version
         WHERE clause_id = p.clause_id AND created_seq <= $2
         ORDER BY created_seq DESC LIMIT 1) v
       WHERE p.accord_id = $1 AND p.from_seq <= $2 AND (p.to_seq IS NULL OR p.to_seq > $2)
       ORDER BY p.position`,
      [accordId, seq],
    );
  }

  /** The last event at or before `at`, or event `seq` itself; seq 0 is the empty accord. */
  private async resolvePoint(
    accordId: string,
    at: Date | null,
    seq: number | null,
    createdAt: Date,
  ) {
    const rows =
      seq !== null
        ? await this.dataSource.query<{ seq: number; at: Date }[]>(
            `SELECT seq, at FROM accord_event WHERE accord_id = $1 AND seq = $2`,
            [accordId, seq],
          )
        : await this.dataSource.query<{ seq: number; at: Date }[]>(
            `SELECT seq, at FROM accord_event WHERE accord_id = $1 AND at <= $2 ORDER BY at DESC, seq DESC LIMIT 1`,
            [accordId, at],
          );
    return rows[0] ?? { seq: 0, at: createdAt };
  }
}
