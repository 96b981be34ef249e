import { describe, expect, it } from '@jest/globals';
import { NotificationKind } from '@plenary/contracts';
import { createCache } from '../../data/apollo';
import { addLiveNotification, applyMarkedRead } from './live-notifications';
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

describe('notifications marked read', () => {
  /** Two pages loaded: n3, n2 first, then n1 by "Show older". */
  function givenTwoPages() {
    const cache = createCache();
    const item = (id: string, hour: number) => ({
      ...older,
      id,
      createdAt: `2026-12-03T${hour}:00:00.000Z`,
    });
    const page = (items: (typeof older)[], endCursor: string | null) => ({
      __typename: 'NotificationPage' as const,
      items,
      endCursor,
    });
    cache.writeQuery({
      query: NotificationsQuery,
      variables: { first: 2 },
      data: {
        unreadNotificationCount: 3,
        notifications: page([item('n3', 12), item('n2', 11)], 'c2'),
      },
    });
    cache.writeQuery({
      query: NotificationsQuery,
      variables: { first: 2, after: 'c2' },
      data: { unreadNotificationCount: 3, notifications: page([item('n1', 10)], null) },
    });
    const shown = () => cache.readQuery({ query: NotificationsQuery, variables: { first: 2 } });
    const unread = () =>
      shown()
        ?.notifications.items.filter((n) => !n.readAt)
        .map((n) => n.id);
    return { cache, shown, unread };
  }

  it('marks one read in place, keeping the older pages loaded', () => {
    const { cache, shown, unread } = givenTwoPages();
    applyMarkedRead(cache, { ids: ['n2'] }, 1);
    expect(shown()?.notifications.items.map((n) => n.id)).toEqual(['n3', 'n2', 'n1']);
    expect(unread()).toEqual(['n3', 'n1']);
    expect(shown()?.unreadNotificationCount).toBe(2);
  });

  it('marks all read up to the newest shown, older pages included', () => {
    const { cache, shown, unread } = givenTwoPages();
    applyMarkedRead(cache, { upTo: 'n2' }, 2);
    expect(unread()).toEqual(['n3']);
    expect(shown()?.unreadNotificationCount).toBe(1);
  });
});
