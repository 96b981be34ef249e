import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { NotificationsQuery } from './notifications.graphql';
import { MarkAllRead, NotificationList } from './NotificationList';
import './notifications.css';

const PAGE = 30;

/** Every notification, a page at a time. */
export function NotificationsPage() {
  const { data, error, loading, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: PAGE },
  });
  if (!data && loading) return <Loading label="Loading your notifications…" />;
  if (!data) return <ErrorNotice error={error} />;
  const { items, endCursor } = data.notifications;
  return (
    <div className="page notifications-page">
      <div className="bell__head">
        <h1>Notifications</h1>
        <MarkAllRead newestId={items[0]?.id} unread={data.unreadNotificationCount} />
      </div>
      <p className="hint">
        What concerns you in your accords. <Link to="/settings/notifications">Email settings</Link>
      </p>
      <NotificationList items={items} />
      {endCursor && (
        <button
          type="button"
          className="button"
          disabled={loading}
          onClick={() =>
            void fetchMore({ variables: { first: PAGE, after: endCursor } }).catch(() => undefined)
          }
        >
          Show older
        </button>
      )}
    </div>
  );
}
