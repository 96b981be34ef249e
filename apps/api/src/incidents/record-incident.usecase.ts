import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { IncidentFacts } from '@plenary/contracts';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { IncidentEntity } from './incident.entity.js';
import { assertNameFree } from './incident-names.js';
import { normalizeFacts } from './incident-facts.js';

export interface RecordIncidentCommand {
  callerId: string;
  accordId: string;
  /** The organization the caller records it for: a verified participant he represents. */
  organizationId: string;
  facts: IncidentFacts;
}

/**
 * A representative of a participant organization records an incident in the accord (facts,
 * alleged actors, the response recorded), to be assessed against its clauses. Names are unique in
 * an accord whatever their case, checked under the accord's lock (a unique index backs it).
 */
@Injectable()
export class RecordIncidentUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({
    callerId,
    accordId,
    organizationId,
    facts,
  }: RecordIncidentCommand): Promise<IncidentEntity> {
    const normalized = normalizeFacts(facts);
    return this.events.writeToAccord(
      accordId,
      async (write) => {
        const organization = await this.access.requireParticipantRepresentative(
          callerId,
          organizationId,
          accordId,
          write.manager,
        );
        await assertNameFree(write.manager, accordId, normalized.name);
        const incidentId = randomUUID();
        const event = await write.append('incident.recorded', callerId, {
          incidentId,
          organizationId,
          organizationName: organization.name,
          facts: normalized,
        });
        const incident = write.manager.create(IncidentEntity, {
          id: incidentId,
          accordId,
          ...normalized,
          organizationId,
          recordedBy: callerId,
          recordedAt: event.at,
          recordedSeq: event.seq,
          revision: 1,
          revisedBy: null,
          revisedAt: null,
        });
        await write.manager.insert(IncidentEntity, incident);
        return incident;
      },
      { visibleTo: callerId },
    );
  }
}
