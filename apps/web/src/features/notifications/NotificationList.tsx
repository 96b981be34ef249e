import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type { NotificationFieldsFragment } from '../../data/gql/graphql';
import { formatDateTime } from '../../ui/format';
import { applyMarkedRead, type MarkedRead } from './live-notifications';
import { MarkNotificationsReadMutation } from './notifications.graphql';

/** Marks notifications read; the cache shows it, without reading the list again. */
function useMarkRead() {
  const [mutate, { loading }] = useMutation(MarkNotificationsReadMutation);
  const markRead = (marked: MarkedRead) =>
    void mutate({
      variables: 'ids' in marked ? { ids: [...marked.ids] } : { upTo: marked.upTo },
      update: (cache, { data }) => applyMarkedRead(cache, marked, data?.markNotificationsRead ?? 0),
    }).catch(() => undefined);
  return { markRead, loading };
}

/** Notifications, newest first, each a link to where it happened; opening one marks it read. */
export function NotificationList({
  items,
  onOpen,
}: {
  items: readonly NotificationFieldsFragment[];
  onOpen?: () => void;
}) {
  const { markRead } = useMarkRead();
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
              if (!item.readAt) markRead({ ids: [item.id] });
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
  const { markRead, loading } = useMarkRead();
  if (!newestId || unread === 0) return null;
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={loading}
      onClick={() => markRead({ upTo: newestId })}
    >
      Mark all read
    </button>
  );
}
