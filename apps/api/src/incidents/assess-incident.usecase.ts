import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AssessmentVerdict } from '@plenary/contracts';
import type { EntityManager } from 'typeorm';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { IncidentAssessmentEntity } from './incident-assessment.entity.js';
import { IncidentLookupService } from './incident-lookup.service.js';

/** What an incident is assessed against: a clause of the accord or a norm of a framework. */
export interface AssessmentTarget {
  /** Exactly one of the two (INVALID_INPUT otherwise). */
  clauseId?: string | null;
  normId?: string | null;
}

export interface AssessIncidentCommand {
  callerId: string;
  incidentId: string;
  /** The organization whose view this is: a verified participant the caller represents. */
  organizationId: string;
  target: AssessmentTarget;
  verdict: AssessmentVerdict;
  reasoning: string;
}

/**
 * An organization says whether an incident would have breached a clause or a norm, and
 * why. It has one current assessment per incident and target: assessing again revises it (the row is updated, the
 * log keeps the earlier one in its own event). Under the accord's lock, so two representatives of
 * one organization assessing at once leave one assessment, at revision 2, never two.
 */
@Injectable()
export class AssessIncidentUseCase {
  constructor(
    private readonly lookup: IncidentLookupService,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({
    callerId,
    incidentId,
    organizationId,
    target,
    verdict,
    reasoning,
  }: AssessIncidentCommand): Promise<IncidentAssessmentEntity> {
    if ((target.clauseId == null) === (target.normId == null)) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'An assessment is against exactly one target: a clause or a norm',
        { field: 'clauseId' },
      );
    }
    const trimmed = reasoning.trim();
    const accordId = await this.lookup.accordIdOfIncident(incidentId);
    return this.events.writeToAccord(accordId, async (write) => {
      await this.lookup.incidentFor(callerId, incidentId, write.manager);
      const organization = await this.access.requireParticipantRepresentative(
        callerId,
        organizationId,
        accordId,
        write.manager,
      );
      const clauseId = target.clauseId ?? null;
      const normId = target.normId ?? null;
      if (clauseId !== null) await assertClauseInForce(write.manager, accordId, clauseId);
      if (normId !== null) await assertNormExists(write.manager, normId);
      const current = await write.manager.findOneBy(IncidentAssessmentEntity, {
        incidentId,
        organizationId,
        ...(clauseId !== null ? { clauseId } : { normId: normId! }),
      });
      const assessmentId = current?.id ?? randomUUID();
      const revision = (current?.revision ?? 0) + 1;
      const event = await write.append('incident.assessed', callerId, {
        assessmentId,
        incidentId,
        clauseId,
        normId,
        organizationId,
        organizationName: organization.name,
        group: organization.group,
        verdict,
        reasoning: trimmed,
        revision,
        previousVerdict: current?.verdict ?? null,
      });
      const assessment = Object.assign(current ?? new IncidentAssessmentEntity(), {
        id: assessmentId,
        accordId,
        incidentId,
        clauseId,
        normId,
        organizationId,
        verdict,
        reasoning: trimmed,
        revision,
        assessedBy: callerId,
        assessedAt: event.at,
        seq: event.seq,
      });
      await write.manager.save(IncidentAssessmentEntity, assessment);
      return assessment;
    });
  }
}

/**
 * The norm exists. Norms are platform-wide, so any accord's incidents may be assessed against
 * any framework; the row is held `FOR KEY SHARE` so a re-import cannot drop it meanwhile.
 */
async function assertNormExists(manager: EntityManager, normId: string) {
  const [norm] = isUuid(normId)
    ? await manager.query<unknown[]>(`SELECT 1 FROM norm WHERE id = $1 FOR KEY SHARE`, [normId])
    : [];
  if (!norm) throw new DomainError(DomainErrorCode.NORM_NOT_FOUND, 'Norm not found');
}

/** The clause is one of the accord's and still in its text. */
async function assertClauseInForce(manager: EntityManager, accordId: string, clauseId: string) {
  const [clause] = isUuid(clauseId)
    ? await manager.query<{ removed: boolean }[]>(
        `SELECT removed_at IS NOT NULL AS removed FROM clause WHERE id = $1 AND accord_id = $2`,
        [clauseId, accordId],
      )
    : [];
  if (!clause) {
    throw new DomainError(DomainErrorCode.CLAUSE_NOT_FOUND, 'Clause not found in this accord');
  }
  if (clause.removed) {
    throw new DomainError(
      DomainErrorCode.CLAUSE_REMOVED,
      'This clause was removed from the text: it can no longer be assessed against',
    );
  }
}
