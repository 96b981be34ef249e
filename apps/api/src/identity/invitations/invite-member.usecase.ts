import { Injectable, Optional } from '@nestjs/common';
import { InvitationStatus, type MembershipRole } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { sqlStateOf } from '../../common/database/sql-state.js';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { AccordAccessService } from '../../accord-log/accord-access.service.js';
import { IdentityService } from '../identity.service.js';
import { InvitationEntity } from '../invitation.entity.js';
import { InvitationNotices } from './invitation-notices.js';
import { noticeToHolderOf } from './desk-notice.js';

export interface InviteMemberCommand {
  callerId: string;
  organizationId: string;
  email: string;
  role: MembershipRole;
}

/**
 * A representative invites an email address to act for his organization. The answer is the
 * same whether or not the address has an account — nothing is looked up by it — and the
 * invitation waits until its holder, registered now or later, accepts or declines it.
 */
@Injectable()
export class InviteMemberUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly access: AccordAccessService,
    @Optional() private readonly notices?: InvitationNotices,
  ) {}

  async execute(command: InviteMemberCommand): Promise<InvitationEntity> {
    const organization = await this.identity.requireOrganization(command.organizationId);
    await this.access.requireRepresentative(command.callerId, organization.id);
    const email = command.email.trim();
    // Representatives see their organization's members, so saying this one is already a member
    // tells them nothing new.
    const [member] = await this.dataSource.query<{ role: MembershipRole }[]>(
      `SELECT m.role FROM membership m JOIN app_user u ON u.id = m.user_id
       WHERE m.organization_id = $1 AND lower(u.email) = lower($2)`,
      [organization.id, email],
    );
    if (member?.role === command.role) {
      throw new DomainError(
        DomainErrorCode.ALREADY_MEMBER,
        'This person already acts for the organization in this role',
      );
    }
    try {
      const { invitation, announce } = await this.dataSource.transaction(async (manager) => {
        const invitations = manager.getRepository(InvitationEntity);
        const saved = await invitations.save(
          invitations.create({
            organizationId: organization.id,
            email,
            role: command.role,
            invitedBy: command.callerId,
            status: InvitationStatus.PENDING,
            decidedAt: null,
            decidedBy: null,
          }),
        );
        // The holder's desk changes: told on commit.
        await noticeToHolderOf(manager, email);
        const announce = (await this.notices?.invited(manager, saved)) ?? (() => undefined);
        return { invitation: saved, announce };
      });
      announce();
      return invitation;
    } catch (error) {
      if (sqlStateOf(error) === '23505') {
        throw new DomainError(
          DomainErrorCode.ALREADY_INVITED,
          'This address already has a pending invitation to the organization',
        );
      }
      throw error;
    }
  }
}
