import { Injectable } from '@nestjs/common';
import type { IncidentFacts } from '@plenary/contracts';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { IncidentEntity } from './incident.entity.js';
import { IncidentLookupService } from './incident-lookup.service.js';
import { assertNameFree } from './incident-names.js';
import { normalizeFacts } from './incident-facts.js';

export interface ReviseIncidentCommand {
  callerId: string;
  incidentId: string;
  /** The revision the edit was made on: if another landed since, the edit is refused. */
  revision: number;
  facts: IncidentFacts;
}

/**
 * The facts of an incident change: by a representative of the organization that recorded it, or
 * by the facilitator (who holds the pen for the secretariat). The whole facts are replaced and
 * logged; an edit made on an older revision is refused rather than overwrite the newer one.
 */
@Injectable()
export class ReviseIncidentUseCase {
  constructor(
    private readonly lookup: IncidentLookupService,
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({
    callerId,
    incidentId,
    revision,
    facts,
  }: ReviseIncidentCommand): Promise<IncidentEntity> {
    const normalized = normalizeFacts(facts);
    const accordId = await this.lookup.accordIdOfIncident(incidentId);
    return this.events.writeToAccord(accordId, async (write) => {
      const { incident, isFacilitator } = await this.lookup.incidentFor(
        callerId,
        incidentId,
        write.manager,
      );
      if (!isFacilitator) {
        await this.access
          .requireRepresentative(callerId, incident.organizationId, undefined, write.manager)
          .catch(() => {
            throw new DomainError(
              DomainErrorCode.NOT_THE_RECORDER,
              'Only a representative of the organization that recorded this incident, or the facilitator, can revise it',
            );
          });
      }
      if (incident.revision !== revision) {
        throw new DomainError(
          DomainErrorCode.INCIDENT_REVISED_SINCE,
          `The incident was revised since (it is at revision ${incident.revision}, the edit was made on ${revision})`,
          { revision: incident.revision },
        );
      }
      await assertNameFree(write.manager, accordId, normalized.name, incidentId);
      const next = incident.revision + 1;
      const event = await write.append('incident.revised', callerId, {
        incidentId,
        revision: next,
        facts: normalized,
      });
      const changes = { ...normalized, revision: next, revisedBy: callerId, revisedAt: event.at };
      await write.manager.update(IncidentEntity, { id: incidentId }, changes);
      return Object.assign(incident, changes);
    });
  }
}
