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

/** What was marked read: these notifications, or one and every older one ("mark all read"). */
export type MarkedRead = { ids: readonly string[] } | { upTo: string };

/**
 * Shows notifications as read once the server marked them, in the cache: the list keeps every
 * page loaded ("Show older" included) instead of being read again from its first page. `newlyRead`
 * is the server's answer, how many were unread.
 */
export function applyMarkedRead(cache: ApolloCache, marked: MarkedRead, newlyRead: number): void {
  const readAt = new Date().toISOString();
  const markRead = (ref: Reference) =>
    cache.modify({
      id: cache.identify(ref),
      fields: { readAt: (at: string | null) => at ?? readAt },
    });
  cache.modify({
    fields: {
      unreadNotificationCount: (count: number) => Math.max(count - newlyRead, 0),
      notifications: (value, { readField }) => {
        const items = (value as { items?: readonly Reference[] }).items ?? [];
        // Newest first: `upTo` and everything after it in the list is older.
        const from =
          'upTo' in marked ? items.findIndex((i) => readField('id', i) === marked.upTo) : -1;
        for (const [index, item] of items.entries()) {
          const id = readField<string>('id', item);
          if (
            'ids' in marked
              ? id !== undefined && marked.ids.includes(id)
              : from >= 0 && index >= from
          )
            markRead(item);
        }
        return value;
      },
    },
  });
}
