import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccordAccessService, type AccordStanding } from '../accord-log/accord-access.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { AmendmentEntity } from './amendment.entity.js';
import { ClauseEntity } from './clause.entity.js';

const amendmentNotFound = () =>
  new DomainError(DomainErrorCode.AMENDMENT_NOT_FOUND, 'Amendment not found');
const clauseNotFound = () => new DomainError(DomainErrorCode.CLAUSE_NOT_FOUND, 'Clause not found');

/** Finds clauses and amendments for a caller; what he may not see is answered as missing. */
@Injectable()
export class DraftingLookupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
  ) {}

  /** The accord an amendment belongs to (no permission check: for locking before the real read). */
  async accordIdOfAmendment(amendmentId: string): Promise<string> {
    const rows = isUuid(amendmentId)
      ? await this.dataSource.query<{ accord_id: string }[]>(
          `SELECT accord_id FROM amendment WHERE id = $1`,
          [amendmentId],
        )
      : [];
    const [amendment] = rows;
    if (!amendment) throw amendmentNotFound();
    return amendment.accord_id;
  }

  async amendmentFor(
    userId: string,
    amendmentId: string,
    manager?: EntityManager,
  ): Promise<{ amendment: AmendmentEntity } & AccordStanding> {
    const db = manager ?? this.dataSource.manager;
    const amendment = isUuid(amendmentId)
      ? await db.findOneBy(AmendmentEntity, { id: amendmentId })
      : null;
    if (!amendment) throw amendmentNotFound();
    const standing = await this.access.requireVisibleAs(amendment.accordId, userId, {
      manager,
      notFound: amendmentNotFound,
    });
    return { amendment, ...standing };
  }

  async clauseFor(userId: string, clauseId: string): Promise<ClauseEntity> {
    const clause = isUuid(clauseId)
      ? await this.dataSource.manager.findOneBy(ClauseEntity, { id: clauseId })
      : null;
    if (!clause) throw clauseNotFound();
    await this.access.requireVisibleAs(clause.accordId, userId, { notFound: clauseNotFound });
    return clause;
  }
}
