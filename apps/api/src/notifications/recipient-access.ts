import { mayRead } from '../accord-log/accord-access.service.js';

/**
 * Whether the recipient of the notification row `n` may still read what it is about: nothing
 * (an invitation to an organization), or an accord he may read by the accord access rule
 * (`mayRead`). Checked again whenever a notification is shown or mailed, since a membership may
 * have ended between the event and the read or the send.
 */
export const readableByRecipient = (n: string) =>
  `(${n}.accord_id IS NULL OR EXISTS (
     SELECT 1 FROM accord readable WHERE readable.id = ${n}.accord_id
       AND ${mayRead('readable', `${n}.recipient_id`)}))`;

/** Why a mail (or a notification's place in a digest) was dropped rather than sent. */
export enum MailDropReason {
  /** The recipient may no longer read the accord it is about. */
  ACCORD_NO_LONGER_READABLE = 'ACCORD_NO_LONGER_READABLE',
  /** The recipient's account, or the notification, is gone. */
  NOTHING_TO_SEND = 'NOTHING_TO_SEND',
}
