import { describe, expect, it } from '@jest/globals';
import { NotificationKind } from '@plenary/contracts';
import { createCache } from '../../data/apollo';
import { addLiveNotification } from './live-notifications';
import { NotificationsQuery } from './notifications.graphql';

const older = {
  __typename: 'Notification' as const,
  id: 'n1',
  kind: 'REPLY' as const,
  text: 'Elena Marsh replied to your comment on Article 1 of the Tech Accord',
  path: '/accords/a1#clause-c1',
  createdAt: '2026-12-03T10:00:00.000Z',
  readAt: null,
};

describe('a notification arriving live', () => {
  it('comes first in the bell, one more unread, and only once', () => {
    const cache = createCache();
    cache.writeQuery({
      query: NotificationsQuery,
      variables: { first: 10 },
      data: {
        unreadNotificationCount: 1,
        notifications: { __typename: 'NotificationPage', items: [older], endCursor: null },
      },
    });
    const message = {
      id: 'n2',
      kind: NotificationKind.MENTION,
      text: 'Amina Diallo mentioned you in a comment on Article 2 of the Tech Accord',
      path: '/accords/a1#clause-c2',
      createdAt: '2026-12-03T11:00:00.000Z',
    };
    addLiveNotification(cache, message);
    addLiveNotification(cache, message);
    const shown = cache.readQuery({ query: NotificationsQuery, variables: { first: 10 } });
    expect(shown?.unreadNotificationCount).toBe(2);
    expect(shown?.notifications.items.map((n) => [n.id, n.readAt])).toEqual([
      ['n2', null],
      ['n1', null],
    ]);
  });
});
