import { Injectable } from '@nestjs/common';
import { InvitationStatus, type MembershipRole } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { selectRows } from '../../common/database/select-rows.js';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/graphql/ids.js';
import { EventLogService } from '../../accord-log/event-log.service.js';
import { InvitationEntity } from '../invitation.entity.js';
import { noticeToHolderOf } from './desk-notice.js';
import { lockOrganization, OrganizationWrite } from '../organization-write.js';
import { inTransaction } from '../../common/database/transaction.js';
import { UserEntity } from '../user.entity.js';

export interface AnswerInvitationCommand {
  callerId: string;
  invitationId: string;
  accept: boolean;
}

/**
 * The holder of the invited address accepts (and acts for the organization from then on, in
 * the invited role) or declines. Each invitation is answered once; accepting logs the new
 * delegate in every accord the organization takes part in.
 */
@Injectable()
export class AnswerInvitationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLogService,
  ) {}

  async execute(command: AnswerInvitationCommand): Promise<InvitationEntity> {
    const answered = await inTransaction(this.dataSource, async (db) => {
      const [invitation] = isUuid(command.invitationId)
        ? await selectRows(db, InvitationEntity, 'WHERE t.id = $1 FOR UPDATE', [
            command.invitationId,
          ])
        : [];
      const user = await db.findOneByOrFail(UserEntity, { id: command.callerId });
      // Someone else's invitation is answered as missing: it says nothing about its address.
      if (!invitation || invitation.email.toLowerCase() !== user.email.toLowerCase()) {
        throw new DomainError(DomainErrorCode.INVITATION_NOT_FOUND, 'Invitation not found');
      }
      if (invitation.status !== InvitationStatus.PENDING) {
        throw new DomainError(
          DomainErrorCode.INVITATION_NOT_PENDING,
          `This invitation was already ${invitation.status.toLowerCase()}`,
        );
      }
      const decided = {
        status: command.accept ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED,
        decidedAt: new Date(),
        decidedBy: user.id,
      };
      await db.update(InvitationEntity, { id: invitation.id }, decided);
      await noticeToHolderOf(db, invitation.email);
      if (command.accept) {
        const organization = await lockOrganization(db, invitation.organizationId, 'UPDATE');
        const [previous] = await db.query<{ role: MembershipRole }[]>(
          `SELECT role FROM membership WHERE organization_id = $1 AND user_id = $2`,
          [organization.id, user.id],
        );
        await db.query(
          `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, $3)
           ON CONFLICT (organization_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
          [organization.id, user.id, invitation.role],
        );
        if (previous?.role !== invitation.role) {
          await new OrganizationWrite(db, organization, this.events).recordInAccords(
            'membership.joined',
            user.id,
            {
              organizationId: organization.id,
              organizationName: organization.name,
              userId: user.id,
              displayName: user.displayName,
              role: invitation.role,
              previousRole: previous?.role ?? null,
              invitationId: invitation.id,
            },
          );
        }
      }
      return { ...invitation, ...decided };
    });
    // The new member's next history, export and search reads see the accords he joined.
    return answered;
  }
}
