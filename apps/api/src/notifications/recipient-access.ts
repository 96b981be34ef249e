import { NotificationKind } from '@plenary/contracts';
import { mayRead, representingParties } from '../accord-log/accord-access.service.js';

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

/** Notices that ask their recipient to vote: they went to representatives of a party. */
const TO_VOTERS = [NotificationKind.VOTE_OPENED, NotificationKind.VOTE_CLOSING]
  .map((kind) => `'${kind}'`)
  .join(', ');

/**
 * Whether the recipient of `n` still votes in its accord when `n` asks him to (a representative
 * of a party): someone made a plain member since is no longer asked to vote, by mail or digest.
 */
const stillVotes = (n: string) =>
  `(${n}.kind NOT IN (${TO_VOTERS}) OR EXISTS (
     SELECT 1 FROM ${representingParties(`${n}.accord_id`)} AND m.user_id = ${n}.recipient_id))`;

/** Why a mail (or a notification's place in a digest) was dropped rather than sent. */
export enum MailDropReason {
  /** The recipient may no longer read the accord it is about. */
  ACCORD_NO_LONGER_READABLE = 'ACCORD_NO_LONGER_READABLE',
  /** It asks its recipient to vote, and he no longer represents a party. */
  NO_LONGER_A_VOTER = 'NO_LONGER_A_VOTER',
  /** The recipient's account, or the notification, is gone. */
  NOTHING_TO_SEND = 'NOTHING_TO_SEND',
}

/** SQL: why the notification row `n` may not be mailed now (a MailDropReason), or null. */
export const whyNotMailed = (n: string) =>
  `(CASE WHEN NOT ${readableByRecipient(n)} THEN '${MailDropReason.ACCORD_NO_LONGER_READABLE}'
         WHEN NOT ${stillVotes(n)} THEN '${MailDropReason.NO_LONGER_A_VOTER}' END)`;
