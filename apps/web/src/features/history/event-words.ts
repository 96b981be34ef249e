import type { ClausesRenumberedPayload } from '@plenary/contracts';
import { describeRenumbering } from '@plenary/text-history';

/** Payload fields the sentences use; every field may be missing in an event from another version. */
type Payload = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const roleWords = (role: unknown) => (role === 'REPRESENTATIVE' ? 'representative' : 'member');

/**
 * One plain sentence for an event of the log, for the history's event table; null for types
 * the sentence would only repeat.
 */
export function describeEvent(type: string, payload: unknown): string | null {
  const p = (payload && typeof payload === 'object' ? payload : {}) as Payload;
  switch (type) {
    case 'participant.added':
      return `${text(p.organizationName)} joined the accord as ${p.role === 'PARTY' ? 'a party' : 'an observer'}${
        p.verified === false ? ' (unverified)' : ''
      }`;
    case 'membership.joined':
      return p.previousRole
        ? `${text(p.displayName)} now acts for ${text(p.organizationName)} as ${roleWords(p.role)} (was ${roleWords(p.previousRole)})`
        : `${text(p.displayName)} joined ${text(p.organizationName)} as ${roleWords(p.role)}`;
    case 'membership.ended':
      return p.endedBy === 'SELF'
        ? `${text(p.displayName)} left ${text(p.organizationName)}`
        : `${text(p.displayName)} no longer acts for ${text(p.organizationName)} (removed by a representative)`;
    case 'organization.verified':
      return `${text(p.name)} verified by a platform operator${p.website ? ` (through ${text(p.website)})` : ''}${
        p.previousName ? `; formerly listed as ${text(p.previousName)}` : ''
      }`;
    case 'organization.verificationRevoked':
      return `Verification of ${text(p.name)} withdrawn: ${text(p.reason)}`;
    case 'clauses.renumbered': {
      const changes = (payload as Partial<ClausesRenumberedPayload> | null)?.changes;
      return changes ? describeRenumbering(changes) : null;
    }
    default:
      return null;
  }
}
