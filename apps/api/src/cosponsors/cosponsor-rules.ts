import { AmendmentStatus, MembershipRole, type ParticipantRole } from '@plenary/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';

const UNDECIDED: ReadonlySet<AmendmentStatus> = new Set([
  AmendmentStatus.OPEN,
  AmendmentStatus.VOTING,
  AmendmentStatus.CONFLICT,
]);

/** Whether its sponsors and support may still change (also asked by the viewer fields). */
export const isUndecided = (amendment: { status: AmendmentStatus }): boolean =>
  UNDECIDED.has(amendment.status);

/** Sponsors and support change only while the amendment is undecided: after, they are its record. */
export function assertUndecided(amendment: { status: AmendmentStatus }): void {
  if (!isUndecided(amendment)) {
    throw new DomainError(
      DomainErrorCode.AMENDMENT_DECIDED,
      `The amendment is ${amendment.status.toLowerCase()}: its sponsors and support are final`,
    );
  }
}

/** An organization of the accord as the caller stands in it (null fields when he is not a member). */
export interface OrganizationInAccord {
  name: string;
  participantRole: ParticipantRole | null;
  membershipRole: MembershipRole | null;
}

/** The organization, its role in the accord (null if it takes no part) and the caller's role in it. */
export async function organizationInAccord(
  manager: EntityManager,
  accordId: string,
  organizationId: string,
  callerId: string,
): Promise<OrganizationInAccord | null> {
  if (!isUuid(organizationId)) return null;
  const [row] = await manager.query<OrganizationInAccord[]>(
    `SELECT o.name, p.role AS "participantRole", m.role AS "membershipRole"
     FROM organization o
     LEFT JOIN participant p ON p.organization_id = o.id AND p.accord_id = $1
     LEFT JOIN membership m ON m.organization_id = o.id AND m.user_id = $3
     WHERE o.id = $2`,
    [accordId, organizationId, callerId],
  );
  return row ?? null;
}

/** The caller represents the organization, which takes part in the accord (as a party or observer). */
export function assertRepresentsParticipant(
  organization: OrganizationInAccord | null,
): asserts organization is OrganizationInAccord {
  if (!organization?.participantRole) {
    throw new DomainError(
      DomainErrorCode.NOT_A_PARTICIPANT,
      'This organization does not take part in this accord',
    );
  }
  if (organization.membershipRole !== MembershipRole.REPRESENTATIVE) {
    throw new DomainError(
      DomainErrorCode.NOT_A_REPRESENTATIVE,
      'Only a representative of this organization can do this',
    );
  }
}
