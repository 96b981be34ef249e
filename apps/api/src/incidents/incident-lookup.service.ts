import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AccordAccessService, type AccordStanding } from '../accord-log/accord-access.service.js';
import { DomainErrorCode, notFound } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { IncidentEntity } from './incident.entity.js';

export const incidentNotFound = () => notFound(DomainErrorCode.INCIDENT_NOT_FOUND, 'Incident');

/** Finds incidents for a caller; one in an accord he may not see is answered as missing. */
@Injectable()
export class IncidentLookupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
  ) {}

  /** The accord an incident belongs to (no permission check: for locking before the real read). */
  async accordIdOfIncident(incidentId: string): Promise<string> {
    const [row] = isUuid(incidentId)
      ? await this.dataSource.query<{ accordId: string }[]>(
          `SELECT accord_id AS "accordId" FROM incident WHERE id = $1`,
          [incidentId],
        )
      : [];
    if (!row) throw incidentNotFound();
    return row.accordId;
  }

  async incidentFor(
    callerId: string,
    incidentId: string,
    manager?: EntityManager,
  ): Promise<{ incident: IncidentEntity } & AccordStanding> {
    const db = manager ?? this.dataSource.manager;
    const incident = isUuid(incidentId)
      ? await db.findOneBy(IncidentEntity, { id: incidentId })
      : null;
    if (!incident) throw incidentNotFound();
    const standing = await this.access.requireVisibleAs(incident.accordId, callerId, {
      manager,
      notFound: incidentNotFound,
    });
    return { incident, ...standing };
  }
}
