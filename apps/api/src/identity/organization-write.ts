import type { AccordEventPayloads, AccordEventType } from '@plenary/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { selectRows } from '../common/database/select-rows.js';
import { inTransaction } from '../common/database/transaction.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import type { EventLogService } from '../accord-log/event-log.service.js';
import { OrganizationEntity } from './organization.entity.js';

/**
 * A change to an organization that the accords it takes part in must record (who joined or
 * left it, its verification). The organization row is locked first, then each of its accords
 * in id order: `addParticipant` takes the organization's row (shared) before its accord's, so
 * an accord that the organization joins meanwhile is either in the list or sees the change
 * already made — never missed — and the two never wait on each other in a cycle.
 */
export class OrganizationWrite {
  constructor(
    readonly manager: EntityManager,
    readonly organization: OrganizationEntity,
    private readonly events: EventLogService,
  ) {}

  /** Appends one event to the log of every accord the organization takes part in. */
  async recordInAccords<T extends AccordEventType>(
    type: T,
    actorId: string | null,
    payload: AccordEventPayloads[T],
  ) {
    const accords = await this.manager.query<{ accordId: string }[]>(
      `SELECT accord_id AS "accordId" FROM participant WHERE organization_id = $1 ORDER BY accord_id`,
      [this.organization.id],
    );
    for (const { accordId } of accords) {
      const write = await this.events.lockAccord(this.manager, accordId);
      await write.append(type, actorId, payload);
    }
    return accords.length;
  }
}

/** Runs `work` with the organization locked (see OrganizationWrite). */
export function writeToOrganization<T>(
  dataSource: DataSource,
  events: EventLogService,
  organizationId: string,
  work: (write: OrganizationWrite) => Promise<T>,
): Promise<T> {
  return inTransaction(dataSource, async (manager) => {
    const organization = await lockOrganization(manager, organizationId, 'UPDATE');
    return work(new OrganizationWrite(manager, organization, events));
  });
}

export async function lockOrganization(
  manager: EntityManager,
  organizationId: string,
  mode: 'UPDATE' | 'SHARE',
): Promise<OrganizationEntity> {
  const [row] = isUuid(organizationId)
    ? await selectRows(manager, OrganizationEntity, `WHERE t.id = $1 FOR ${mode}`, [organizationId])
    : [];
  if (!row) throw new DomainError(DomainErrorCode.ORGANIZATION_NOT_FOUND, 'Organization not found');
  return row;
}
