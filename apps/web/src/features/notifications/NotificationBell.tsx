import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useLiveNotifications } from './live-notifications';
import { NotificationsQuery } from './notifications.graphql';
import { MarkAllRead, NotificationList } from './NotificationList';
import { unreadLabel } from './notification-words';
import './notifications.css';

/**
 * The bell in the top bar: the unread count, live, and a panel with the latest notifications.
 * Keyboard: the button opens and closes the panel; Escape closes it and returns to the button.
 */
export function NotificationBell() {
  useLiveNotifications();
  const { data } = useQuery(NotificationsQuery, { variables: { first: 10 } });
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const unread = data?.unreadNotificationCount ?? 0;
  const items = data?.notifications.items ?? [];

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div className="bell">
      <button
        ref={buttonRef}
        type="button"
        className="bell__button"
        aria-label={unreadLabel(unread)}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="bell__icon">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        {unread > 0 && (
          <span className="bell__count" data-testid="unread-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {unread > 0 ? unreadLabel(unread) : ''}
      </span>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          className="bell__panel"
          role="region"
          aria-label="Notifications"
          tabIndex={-1}
        >
          <div className="bell__head">
            <h2>Notifications</h2>
            <MarkAllRead newestId={items[0]?.id} unread={unread} />
          </div>
          <NotificationList items={items} onOpen={() => setOpen(false)} />
          <p className="bell__foot">
            <Link to="/notifications" onClick={() => setOpen(false)}>
              All notifications
            </Link>
            <Link to="/settings/notifications" onClick={() => setOpen(false)}>
              Email settings
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
