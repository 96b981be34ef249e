import { useApolloClient } from '@apollo/client/react';
import type { NotificationMessage } from '@plenary/contracts';
import { NotificationKind } from '@plenary/contracts';
import type { ApolloCache, Reference } from '@apollo/client';
import { usePersonalSocketEvent } from '../../data/personal-socket';
import { MeQuery } from '../auth/auth.graphql';
import { NotificationFieldsFragment, NotificationsQuery } from './notifications.graphql';

/**
 * While signed in, the tab's personal socket hears the user's own notifications (the server
 * sends them to his personal room, whichever page he is on) and puts each in Apollo's cache: the
 * bell's count rises and the list shows it first, without asking the server again. After a lost
 * connection the bell is read again: what came meanwhile was not heard.
 */
export function useLiveNotifications(): void {
  const client = useApolloClient();
  usePersonalSocketEvent(
    'notification',
    (message) => {
      addLiveNotification(client.cache, message);
      // The invitation itself shows under Organizations (and its count in the top bar).
      if (message.kind === NotificationKind.MEMBERSHIP_INVITATION)
        void client.refetchQueries({ include: [MeQuery] }).catch(() => undefined);
    },
    () => void client.refetchQueries({ include: [NotificationsQuery] }).catch(() => undefined),
  );
}

/**
 * Puts a notification that just arrived in the cache: first in the list, one more unread. A
 * message the cache already holds (sent again after a reconnection) changes nothing.
 */
export function addLiveNotification(cache: ApolloCache, message: NotificationMessage): void {
  const id = cache.identify({ __typename: 'Notification', id: message.id });
  if (id && cache.readFragment({ id, fragment: NotificationFieldsFragment })) return;
  const ref = cache.writeFragment({
    fragment: NotificationFieldsFragment,
    data: { __typename: 'Notification', ...message, readAt: null },
  });
  cache.modify({
    fields: {
      unreadNotificationCount: (count: number) => count + 1,
      notifications: (value, { readField }) => {
        // NotificationPage has no id: the field holds the page itself.
        const page = value as { items?: readonly Reference[] };
        if (!ref || !page.items || page.items.some((i) => readField('id', i) === message.id))
          return value;
        return { ...page, items: [ref, ...page.items] };
      },
    },
  });
}
