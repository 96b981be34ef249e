import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { SignatureReservation, StakeholderGroup } from '@plenary/contracts';
import type { EntityManager } from 'typeorm';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { assertFinal, optionalText } from './final-text-rules.js';
import { SignatureEntity } from './signature.entity.js';

export interface ReservationInput {
  clauseId: string;
  text: string;
}

export interface SignAccordCommand {
  callerId: string;
  accordId: string;
  organizationId: string;
  statement?: string | null;
  reservations?: ReservationInput[] | null;
}

/**
 * A representative signs the final text for his organization — a verified PARTY to the accord
 * (README, "Who speaks for whom") — with an optional statement and reservations on named
 * articles. One standing signature per organization: checked under the accord's lock, and a
 * partial unique index backs it, so two representatives signing at once make one signature
 * (the other is told ALREADY_SIGNED).
 */
@Injectable()
export class SignAccordUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute(command: SignAccordCommand): Promise<SignatureEntity> {
    const { callerId, accordId, organizationId } = command;
    const statement = optionalText(command.statement);
    const requested = (command.reservations ?? []).map((r) => ({
      clauseId: r.clauseId,
      text: r.text.trim(),
    }));
    if (requested.some((r) => r.text === '')) {
      throw new DomainError(DomainErrorCode.INVALID_INPUT, 'A reservation needs its text');
    }
    if (new Set(requested.map((r) => r.clauseId)).size !== requested.length) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'One reservation per article: write them together',
      );
    }
    const { accord } = await this.access.requireVisibleAs(accordId, callerId);
    assertFinal(accord);
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      await this.access.requireRepresentative(callerId, organizationId, accordId, db);
      const reservations = await reservationsOn(db, accordId, requested);
      const [signed] = await db.query<unknown[]>(
        `SELECT 1 FROM signature
         WHERE accord_id = $1 AND organization_id = $2 AND withdrawn_at IS NULL`,
        [accordId, organizationId],
      );
      if (signed) {
        throw new DomainError(
          DomainErrorCode.ALREADY_SIGNED,
          'This organization has already signed the accord',
        );
      }
      const [organization] = await db.query<{ name: string; group: StakeholderGroup }[]>(
        `SELECT name, stakeholder_group AS "group" FROM organization WHERE id = $1`,
        [organizationId],
      );
      const signatureId = randomUUID();
      const event = await write.append('signature.added', callerId, {
        signatureId,
        organizationId,
        organizationName: organization!.name,
        group: organization!.group,
        statement,
        reservations,
      });
      return db.save(
        db.create(SignatureEntity, {
          id: signatureId,
          accordId,
          organizationId,
          signedBy: callerId,
          signedAt: event.at,
          signedSeq: event.seq,
          statement,
          reservations,
          withdrawnAt: null,
          withdrawnBy: null,
          withdrawnSeq: null,
          withdrawalReason: null,
        }),
      );
    });
  }
}

/** The reservations with the numbers of their articles; each must be a live article of the accord. */
async function reservationsOn(
  db: EntityManager,
  accordId: string,
  requested: ReservationInput[],
): Promise<SignatureReservation[]> {
  if (requested.length === 0) return [];
  const ids = requested.map((r) => r.clauseId);
  const rows = ids.every(isUuid)
    ? await db.query<{ id: string; number: string }[]>(
        `SELECT id, number FROM clause
         WHERE accord_id = $1 AND id = ANY($2::uuid[]) AND removed_at IS NULL`,
        [accordId, ids],
      )
    : [];
  const numbers = new Map(rows.map((r) => [r.id, r.number]));
  const unknown = requested.find((r) => !numbers.has(r.clauseId));
  if (unknown) {
    throw new DomainError(
      DomainErrorCode.CLAUSE_NOT_FOUND,
      'A reservation names an article that is not in the final text',
    );
  }
  return requested.map((r) => ({
    clauseId: r.clauseId,
    number: numbers.get(r.clauseId)!,
    text: r.text,
  }));
}
