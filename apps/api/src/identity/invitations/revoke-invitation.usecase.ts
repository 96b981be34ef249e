import { Injectable } from '@nestjs/common';
import { InvitationStatus } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/graphql/ids.js';
import { AccordAccessService } from '../../accord-log/accord-access.service.js';
import { InvitationEntity } from '../invitation.entity.js';
import { noticeToHolderOf } from './desk-notice.js';

export interface RevokeInvitationCommand {
  callerId: string;
  invitationId: string;
}

/** A representative withdraws a pending invitation of his organization. */
@Injectable()
export class RevokeInvitationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
  ) {}

  async execute(command: RevokeInvitationCommand): Promise<InvitationEntity> {
    const invitations = this.dataSource.getRepository(InvitationEntity);
    const invitation = isUuid(command.invitationId)
      ? await invitations.findOneBy({ id: command.invitationId })
      : null;
    if (!invitation)
      throw new DomainError(DomainErrorCode.INVITATION_NOT_FOUND, 'Invitation not found');
    await this.access.requireRepresentative(command.callerId, invitation.organizationId);
    const decided = {
      status: InvitationStatus.REVOKED,
      decidedAt: new Date(),
      decidedBy: command.callerId,
    };
    // Only a pending one, checked in the same statement as the change (it may be answered now).
    const result = await invitations.update(
      { id: invitation.id, status: InvitationStatus.PENDING },
      decided,
    );
    if (!result.affected) {
      throw new DomainError(
        DomainErrorCode.INVITATION_NOT_PENDING,
        'This invitation was already answered or withdrawn',
      );
    }
    await noticeToHolderOf(this.dataSource, invitation.email);
    return { ...invitation, ...decided };
  }
}
