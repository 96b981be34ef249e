import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ImplementationStatus } from '@plenary/contracts';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { ImplementationReportEntity } from './implementation-report.entity.js';

export interface FileImplementationReportCommand {
  callerId: string;
  accordId: string;
  organizationId: string;
  clauseId: string;
  status: ImplementationStatus;
  text: string;
}

/**
 * A signatory reports how far it implemented one article (done, in progress, not started, in
 * words). A representative speaks for it, as for its signature; reports are public with the
 * accord's page, so only a standing signatory files them. Every report is kept; the adherence
 * table shows the latest per article and signatory.
 */
@Injectable()
export class FileImplementationReportUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute(command: FileImplementationReportCommand): Promise<ImplementationReportEntity> {
    const { callerId, accordId, organizationId, clauseId, status } = command;
    const text = command.text.trim();
    if (text === '') {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'Say in a few words what was done (or not) on this article',
      );
    }
    await this.access.requireVisibleAs(accordId, callerId);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      await this.access.requireRepresentative(callerId, organizationId, accordId, db);
      const [signed] = await db.query<unknown[]>(
        `SELECT 1 FROM signature
         WHERE accord_id = $1 AND organization_id = $2 AND withdrawn_at IS NULL`,
        [accordId, organizationId],
      );
      if (!signed) {
        throw new DomainError(
          DomainErrorCode.NOT_A_SIGNATORY,
          'Only a signatory reports on the implementation of the accord: sign it first',
        );
      }
      const [clause] = isUuid(clauseId)
        ? await db.query<{ number: string }[]>(
            `SELECT number FROM clause WHERE id = $1 AND accord_id = $2 AND removed_at IS NULL`,
            [clauseId, accordId],
          )
        : [];
      if (!clause) {
        throw new DomainError(
          DomainErrorCode.CLAUSE_NOT_FOUND,
          'That article is not in the final text of the accord',
        );
      }
      const reportId = randomUUID();
      const event = await write.append('implementation.reported', callerId, {
        reportId,
        organizationId,
        clauseId,
        number: clause.number,
        status,
        text,
      });
      return db.save(
        db.create(ImplementationReportEntity, {
          id: reportId,
          accordId,
          organizationId,
          clauseId,
          status,
          text,
          reportedBy: callerId,
          reportedAt: event.at,
          seq: event.seq,
        }),
      );
    });
  }
}
