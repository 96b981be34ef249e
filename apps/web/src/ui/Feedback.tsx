import type { ReactNode } from 'react';
import { friendlyError } from '../data/errors';
import './Feedback.css';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="loading__dot" aria-hidden="true" />
      {label}
    </p>
  );
}

/** Shows a friendly sentence for any error; never the server's raw text. */
export function ErrorNotice({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{friendlyError(error)}</p>
      {retry && (
        <button type="button" className="button button--quiet" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty__title">{title}</p>
      {children && <div className="empty__body">{children}</div>}
    </div>
  );
}
