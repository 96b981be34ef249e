import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import type { AuthenticatedUser } from '../common/auth/token.service.js';
import {
  MarkNotificationsReadArgs,
  NotificationsArgs,
  UpdateNotificationSettingsArgs,
} from './dto/notification.args.js';
import { MarkNotificationsReadUseCase } from './mark-notifications-read.usecase.js';
import {
  NotificationModel,
  NotificationPageModel,
  NotificationSettingModel,
} from './models/notification.models.js';
import { NotificationReads, type NotificationRow } from './notification-reads.service.js';
import { describeNotification } from './notification-words.js';
import { UpdateNotificationSettingsUseCase } from './update-notification-settings.usecase.js';

const toNotificationModel = (row: NotificationRow): NotificationModel => ({
  id: row.id,
  kind: row.kind,
  text: describeNotification(row.kind, row.subject),
  path: row.subject.path,
  accordId: row.accordId,
  createdAt: row.createdAt,
  readAt: row.readAt,
});

/** The caller's own notifications and settings; nobody can ask for anyone else's. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly reads: NotificationReads,
    private readonly markRead: MarkNotificationsReadUseCase,
    private readonly updateSettings: UpdateNotificationSettingsUseCase,
  ) {}

  @Query(() => NotificationPageModel, { description: 'Your notifications, newest first' })
  async notifications(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { first, after }: NotificationsArgs,
  ): Promise<NotificationPageModel> {
    const page = await this.reads.page(caller.userId, first, after);
    return { items: page.items.map(toNotificationModel), endCursor: page.endCursor };
  }

  @Query(() => Int, { description: 'How many of your notifications are unread' })
  unreadNotificationCount(@CurrentUser() caller: AuthenticatedUser): Promise<number> {
    return this.reads.unreadCount(caller.userId);
  }

  @Mutation(() => Int, {
    description:
      'Marks your notifications read (ids, or upTo and every older one); returns how many were unread',
  })
  markNotificationsRead(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { ids, upTo }: MarkNotificationsReadArgs,
  ): Promise<number> {
    return this.markRead.execute({ callerId: caller.userId, ids, upTo });
  }

  @Query(() => [NotificationSettingModel], {
    description: 'How each kind of notification reaches you by email',
  })
  notificationSettings(
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NotificationSettingModel[]> {
    return this.reads.settings(caller.userId);
  }

  @Mutation(() => [NotificationSettingModel], {
    description: 'Sets how the kinds given reach you by email; returns every kind',
  })
  async updateNotificationSettings(
    @CurrentUser() caller: AuthenticatedUser,
    @Args() { settings }: UpdateNotificationSettingsArgs,
  ): Promise<NotificationSettingModel[]> {
    await this.updateSettings.execute({ callerId: caller.userId, settings });
    return this.reads.settings(caller.userId);
  }
}
