import { Injectable } from '@nestjs/common';
import { NotificationKind } from '@plenary/contracts';
import type { EntityManager } from 'typeorm';
import type { InvitationEntity } from '../identity/invitation.entity.js';
import { InvitationNotices } from '../identity/invitations/invitation-notices.js';
import { NotificationWriter } from './notification-writer.js';

/**
 * A membership invitation is in no accord's log: its notification is written in the
 * invitation's own transaction, to the account that holds the address (if one does; someone who
 * registers later finds the invitation in the app). The inviter learns nothing from it.
 */
@Injectable()
export class MembershipInvitationNotices extends InvitationNotices {
  constructor(private readonly writer: NotificationWriter) {
    super();
  }

  async invited(manager: EntityManager, invitation: InvitationEntity): Promise<() => void> {
    const [facts] = await manager.query<{ organization: string; inviter: string }[]>(
      `SELECT o.name AS organization, u.display_name AS inviter
       FROM organization o, app_user u WHERE o.id = $1 AND u.id = $2`,
      [invitation.organizationId, invitation.invitedBy],
    );
    const holders = await manager.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE lower(email) = lower($1) AND id <> $2`,
      [invitation.email, invitation.invitedBy],
    );
    const written = await this.writer.write(
      manager,
      holders.map((holder) => ({
        recipientId: holder.id,
        kind: NotificationKind.MEMBERSHIP_INVITATION,
        source: `invitation:${invitation.id}`,
        accordId: null,
        actorId: invitation.invitedBy,
        subject: {
          accordTitle: null,
          place: null,
          path: '/organizations',
          actor: { name: facts?.inviter ?? 'Someone', organization: facts?.organization ?? null },
          organization: facts?.organization ?? 'an organization',
          role: invitation.role,
        },
      })),
    );
    return () => this.writer.announce(written);
  }
}
