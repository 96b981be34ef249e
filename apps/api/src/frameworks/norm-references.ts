import type { EntityManager } from 'typeorm';
import { selectRows } from '../common/database/select-rows.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { NormEntity } from './framework.entity.js';

/** The most norms one clause or amendment cites. */
export const CITED_NORMS_MAX = 20;

/**
 * The norms `normIds` name (deduplicated, in the order given), held `FOR KEY SHARE` until the
 * caller's transaction ends: a framework replaced at the same moment cannot delete one of them
 * between this check and the citation's commit. An unknown id is NOT_FOUND.
 */
export async function requireNorms(db: EntityManager, normIds: string[]): Promise<NormEntity[]> {
  const ids = [...new Set(normIds)];
  if (ids.length === 0) return [];
  if (ids.length > CITED_NORMS_MAX) {
    throw new DomainError(
      DomainErrorCode.INVALID_INPUT,
      `At most ${CITED_NORMS_MAX} norms may be cited`,
    );
  }
  const rows = ids.every(isUuid)
    ? await selectRows(db, NormEntity, 'WHERE t.id = ANY($1::uuid[]) FOR KEY SHARE', [ids])
    : [];
  const byId = new Map(rows.map((n) => [n.id, n]));
  const missing = ids.find((id) => !byId.has(id));
  if (missing !== undefined) {
    throw new DomainError(DomainErrorCode.NORM_NOT_FOUND, 'Norm not found', { normId: missing });
  }
  return ids.map((id) => byId.get(id)!);
}
