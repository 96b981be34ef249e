import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type { NotificationFieldsFragment } from '../../data/gql/graphql';
import { formatDateTime } from '../../ui/format';
import { MarkNotificationsReadMutation, NotificationsQuery } from './notifications.graphql';

/** Notifications, newest first, each a link to where it happened; opening one marks it read. */
export function NotificationList({
  items,
  onOpen,
}: {
  items: readonly NotificationFieldsFragment[];
  onOpen?: () => void;
}) {
  const [markRead] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: [NotificationsQuery],
  });
  if (items.length === 0) return <p className="muted notification-empty">Nothing yet.</p>;
  return (
    <ul className="notification-list">
      {items.map((item) => (
        <li
          key={item.id}
          className={item.readAt ? 'notification' : 'notification notification--unread'}
        >
          <Link
            to={item.path}
            onClick={() => {
              if (!item.readAt)
                void markRead({ variables: { ids: [item.id] } }).catch(() => undefined);
              onOpen?.();
            }}
          >
            {!item.readAt && <span className="visually-hidden">Unread: </span>}
            {item.text}
          </Link>
          <span className="hint">{formatDateTime(item.createdAt)}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Mark all read": up to the newest one shown, so one that arrives meanwhile stays unread. */
export function MarkAllRead({ newestId, unread }: { newestId?: string; unread: number }) {
  const [markRead, { loading }] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: [NotificationsQuery],
  });
  if (!newestId || unread === 0) return null;
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={loading}
      onClick={() => void markRead({ variables: { upTo: newestId } }).catch(() => undefined)}
    >
      Mark all read
    </button>
  );
}
