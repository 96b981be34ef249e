import { Injectable } from '@nestjs/common';
import { MembershipRole } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { isUuid } from '../common/graphql/ids.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { MembershipEntity } from './membership.entity.js';
import { writeToOrganization } from './organization-write.js';
import { UserEntity } from './user.entity.js';

export interface EndMembershipCommand {
  callerId: string;
  organizationId: string;
  userId: string;
}

/**
 * A member leaves his organization, or a representative ends someone's membership. Under the
 * organization's lock, so two representatives removing each other at once cannot leave it with
 * none. The accords it takes part in log who left, and when.
 */
@Injectable()
export class EndMembershipUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLogService,
  ) {}

  async execute(command: EndMembershipCommand): Promise<MembershipEntity> {
    const ended = await writeToOrganization(
      this.dataSource,
      this.events,
      command.organizationId,
      async (w) => {
        const db = w.manager;
        const byThemself = command.callerId === command.userId;
        const rows = await db.query<{ userId: string; role: MembershipRole }[]>(
          `SELECT user_id AS "userId", role FROM membership WHERE organization_id = $1`,
          [w.organization.id],
        );
        const caller = rows.find((m) => m.userId === command.callerId);
        if (!byThemself && caller?.role !== MembershipRole.REPRESENTATIVE) {
          throw new DomainError(
            caller ? DomainErrorCode.NOT_A_REPRESENTATIVE : DomainErrorCode.NOT_A_MEMBER,
            'Only a representative of this organization can end another person’s membership',
          );
        }
        const ending = isUuid(command.userId)
          ? rows.find((m) => m.userId === command.userId)
          : undefined;
        if (!ending) {
          throw new DomainError(
            DomainErrorCode.MEMBERSHIP_NOT_FOUND,
            'This person does not act for the organization',
          );
        }
        const representatives = rows.filter((m) => m.role === MembershipRole.REPRESENTATIVE);
        if (ending.role === MembershipRole.REPRESENTATIVE && representatives.length === 1) {
          throw new DomainError(
            DomainErrorCode.LAST_REPRESENTATIVE,
            'An organization needs a representative: invite another one before this one leaves',
          );
        }
        const membership = await db.findOneByOrFail(MembershipEntity, {
          organizationId: w.organization.id,
          userId: ending.userId,
        });
        await db.delete(MembershipEntity, {
          organizationId: w.organization.id,
          userId: ending.userId,
        });
        const user = await db.findOneByOrFail(UserEntity, { id: ending.userId });
        await w.recordInAccords('membership.ended', command.callerId, {
          organizationId: w.organization.id,
          organizationName: w.organization.name,
          userId: user.id,
          displayName: user.displayName,
          role: ending.role,
          endedBy: byThemself ? 'SELF' : 'REPRESENTATIVE',
        });
        return membership;
      },
    );
    return ended;
  }
}
