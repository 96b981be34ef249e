import type { DecisionRule } from '@plenary/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

/**
 * Why the amendment may not be put to the vote yet for want of sponsors, or null: the rule's
 * minimum of organizations behind it (its sponsor and the co-sponsors who accepted) and of
 * stakeholder groups they span. Reads the co-sponsorship table by SQL: cosponsors sits above voting.
 */
export async function sponsorsMissing(
  manager: EntityManager,
  amendment: { id: string; onBehalfOf: string },
  rule: DecisionRule,
): Promise<DomainError | null> {
  const minSponsors = rule.minSponsors ?? 0;
  const minGroups = rule.minSponsorGroups ?? 0;
  if (minSponsors <= 1 && minGroups <= 1) return null; // the sponsor alone meets it
  const [row] = await manager.query<{ sponsors: number; groups: number }[]>(
    `SELECT count(*)::int AS sponsors, count(DISTINCT o.stakeholder_group)::int AS groups
     FROM organization o
     WHERE o.id = $2 OR o.id IN (SELECT organization_id FROM amendment_sponsor
                                 WHERE amendment_id = $1 AND status = 'ACCEPTED')`,
    [amendment.id, amendment.onBehalfOf],
  );
  const { sponsors, groups } = row ?? { sponsors: 1, groups: 1 };
  if (sponsors >= minSponsors && groups >= minGroups) return null;
  const wanted = [
    sponsors < minSponsors && `${minSponsors} sponsoring organizations (it has ${sponsors})`,
    groups < minGroups && `${minGroups} stakeholder groups among them (it has ${groups})`,
  ].filter(Boolean);
  return new DomainError(
    DomainErrorCode.SPONSORS_MISSING,
    `The decision rule asks for ${wanted.join(' and ')} before a vote: its author invites co-sponsors`,
  );
}
