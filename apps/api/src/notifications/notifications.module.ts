import { Global, Module } from '@nestjs/common';
import { InvitationNotices } from '../identity/invitations/invitation-notices.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { MailOutbox } from './mail/mail-outbox.service.js';
import { MailTransport } from './mail/mail-transport.js';
import { MailWakeUp } from './mail/mail-wake-up.js';
import { MarkNotificationsReadUseCase } from './mark-notifications-read.usecase.js';
import { MembershipInvitationNotices } from './membership-invitation-notices.js';
import { NotificationDerivation } from './notification-derivation.service.js';
import { NotificationDigest } from './notification-digest.service.js';
import { NotificationReads } from './notification-reads.service.js';
import { NotificationSchedule } from './notification-schedule.js';
import { NotificationWriter } from './notification-writer.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { UnsubscribeController } from './unsubscribe.controller.js';
import { UnsubscribeUseCase } from './unsubscribe.usecase.js';
import { UpdateNotificationSettingsUseCase } from './update-notification-settings.usecase.js';
import { VoteReminders } from './vote-reminders.service.js';

/** What the notifications write with, shared by the feature and the notices it gives identity. */
@Global()
@Module({
  imports: [RealtimeModule],
  providers: [
    NotificationWriter,
    MailWakeUp,
    { provide: InvitationNotices, useClass: MembershipInvitationNotices },
  ],
  exports: [NotificationWriter, MailWakeUp, InvitationNotices],
})
export class NotificationWritingModule {}

/**
 * Notifications derived from the event log (and invitations), in the app and by mail: the
 * derivation worker, the mail outbox, reminders before a vote closes, the daily digest, the
 * unsubscribe link, and the caller's notifications over GraphQL.
 */
@Module({
  imports: [NotificationWritingModule, RealtimeModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationDerivation,
    MailTransport,
    MailOutbox,
    NotificationDigest,
    VoteReminders,
    NotificationSchedule,
    NotificationReads,
    MarkNotificationsReadUseCase,
    UpdateNotificationSettingsUseCase,
    UnsubscribeUseCase,
    NotificationsResolver,
  ],
})
export class NotificationsModule {}
