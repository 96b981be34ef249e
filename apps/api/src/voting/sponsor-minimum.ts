import type { DecisionRule } from '@plenary/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

/** The organizations behind an amendment (its sponsor and accepted co-sponsors) and their groups. */
export interface SponsorCounts {
  amendmentId: string;
  sponsors: number;
  groups: number;
}

/** Whether the rule asks for more than the sponsor alone. */
export const asksForCoSponsors = (rule: DecisionRule): boolean =>
  (rule.minSponsors ?? 0) > 1 || (rule.minSponsorGroups ?? 0) > 1;

/**
 * The counts of many amendments in one statement. Reads the co-sponsorship table by SQL, as
 * cosponsors sits above voting in the API's layers.
 */
export async function sponsorCounts(
  db: DataSource | EntityManager,
  amendmentIds: readonly string[],
): Promise<SponsorCounts[]> {
  return db.query<SponsorCounts[]>(
    `SELECT s.amendment_id AS "amendmentId", count(*)::int AS sponsors,
            count(DISTINCT o.stakeholder_group)::int AS groups
     FROM (SELECT id AS amendment_id, on_behalf_of AS organization_id FROM amendment
           WHERE id = ANY($1::uuid[])
           UNION
           SELECT amendment_id, organization_id FROM amendment_sponsor
           WHERE amendment_id = ANY($1::uuid[]) AND status = 'ACCEPTED') s
     JOIN organization o ON o.id = s.organization_id
     GROUP BY 1`,
    [amendmentIds],
  );
}

/**
 * Why the amendment may not be put to the vote yet for want of sponsors, or null: the rule's
 * minimum of organizations behind it and of stakeholder groups they span.
 */
export function sponsorsMissing(
  rule: DecisionRule,
  counts: { sponsors: number; groups: number },
): DomainError | null {
  const minSponsors = rule.minSponsors ?? 0;
  const minGroups = rule.minSponsorGroups ?? 0;
  const { sponsors, groups } = counts;
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
