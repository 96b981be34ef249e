// Payloads of changes to an organization, logged in every accord it takes part in.
import type { MembershipRole, StakeholderGroup } from '../enums.js';

/** `membership.joined`: an invitation accepted; `previousRole` when it changed a membership. */
export interface MembershipJoinedPayload {
  organizationId: string;
  organizationName: string;
  userId: string;
  displayName: string;
  role: MembershipRole;
  previousRole: MembershipRole | null;
  invitationId: string;
}

export interface MembershipEndedPayload {
  organizationId: string;
  organizationName: string;
  userId: string;
  displayName: string;
  role: MembershipRole;
  /** SELF: the person left; REPRESENTATIVE: a representative removed him. */
  endedBy: 'SELF' | 'REPRESENTATIVE';
}

/** `organization.verified`: the details the operator checked (a repeat corrects them). */
export interface OrganizationVerifiedPayload {
  organizationId: string;
  name: string;
  group: StakeholderGroup;
  country: string | null;
  website: string;
  /** Only when the verification renamed it. */
  previousName?: string;
}

export interface OrganizationVerificationRevokedPayload {
  organizationId: string;
  name: string;
  reason: string;
}
