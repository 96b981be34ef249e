import type { EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

/** No two incidents of an accord share a name, whatever its case (run under the accord's lock). */
export async function assertNameFree(
  manager: EntityManager,
  accordId: string,
  name: string,
  exceptIncidentId: string | null = null,
): Promise<void> {
  const taken = await manager.query<unknown[]>(
    `SELECT 1 FROM incident WHERE accord_id = $1 AND lower(name) = lower($2)
       AND id IS DISTINCT FROM $3`,
    [accordId, name, exceptIncidentId],
  );
  if (taken.length > 0) {
    throw new DomainError(
      DomainErrorCode.INCIDENT_NAME_TAKEN,
      `An incident of this accord is already named “${name}”`,
    );
  }
}
