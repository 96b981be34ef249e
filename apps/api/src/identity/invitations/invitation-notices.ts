import type { EntityManager } from 'typeorm';
import type { InvitationEntity } from '../invitation.entity.js';

/**
 * Told of each new invitation in its transaction, by a layer above (notifications implements
 * it): an invitation is in no accord's log, so it is announced where it is written. Returns what
 * to do once the transaction committed.
 */
export abstract class InvitationNotices {
  abstract invited(manager: EntityManager, invitation: InvitationEntity): Promise<() => void>;
}
