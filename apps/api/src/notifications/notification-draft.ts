import type { NotificationKind } from '@plenary/contracts';
import type { NotificationSubject } from './notification-words.js';

/**
 * A notification to write. `source` names what it comes from (`<accordId>:<seq>` for an event of
 * the log, `invitation:<id>`, `reminder:…`): with the recipient and the kind it is unique, so
 * deriving the same thing twice writes it once.
 */
export interface NotificationDraft {
  recipientId: string;
  kind: NotificationKind;
  source: string;
  accordId: string | null;
  actorId: string | null;
  subject: NotificationSubject;
}

export const eventSource = (accordId: string, seq: number): string => `${accordId}:${seq}`;
