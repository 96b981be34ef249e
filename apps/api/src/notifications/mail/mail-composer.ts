import type { NotificationKind } from '@plenary/contracts';
import {
  describeNotification,
  mailSubjectOf,
  type NotificationSubject,
} from '../notification-words.js';
import { unsubscribeToken, type UnsubscribeScope } from './unsubscribe-token.js';

export interface MailNotification {
  id: string;
  kind: NotificationKind;
  subject: NotificationSubject;
}

export interface ComposedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
}

export interface MailSettings {
  publicUrl: string;
  secret: string;
  /** The domain of Message-IDs (the public URL's host). */
  domain: string;
}

const KIND_NAMES: Record<NotificationKind, string> = {
  REPLY: 'replies to your comments',
  MENTION: 'mentions of you',
  VOTE_OPENED: 'votes opened for your organization',
  VOTE_CLOSING: 'reminders before a vote closes',
  AMENDMENT_STATE: 'what becomes of your amendments',
  MEMBERSHIP_INVITATION: 'invitations to act for an organization',
  COSPONSOR_INVITATION: 'invitations to co-sponsor an amendment',
  ACCORD_FINAL: 'texts declared final',
  SIGNATURE: 'signatures and their withdrawals',
  INCIDENT_ASSESSED: 'incidents assessed against articles of accords you facilitate',
};

export const kindName = (kind: NotificationKind): string => KIND_NAMES[kind];

function unsubscribeUrl(settings: MailSettings, userId: string, scope: UnsubscribeScope): string {
  const token = unsubscribeToken(settings.secret, { userId, scope });
  return `${settings.publicUrl}/unsubscribe?token=${encodeURIComponent(token)}`;
}

/**
 * Both links in every mail, and RFC 8058's one-click headers (a mail client's "Unsubscribe"
 * POSTs to the link; no sign-in needed).
 */
function footer(settings: MailSettings, userId: string, scope: UnsubscribeScope) {
  const link = unsubscribeUrl(settings, userId, scope);
  const all = unsubscribeUrl(settings, userId, 'ALL');
  const what = scope === 'ALL' ? 'every mail from Plenary' : `mails about ${kindName(scope)}`;
  return {
    text: [
      '',
      '-- ',
      `To stop ${what}: ${link}`,
      ...(scope === 'ALL' ? [] : [`To stop every mail from Plenary: ${all}`]),
      `To choose what you receive: ${settings.publicUrl}/settings/notifications`,
    ].join('\n'),
    headers: {
      'List-Unsubscribe': `<${link}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

/** One notification's mail. Its Message-ID is the notification's: a retry sends the same mail. */
export function composeNotificationMail(
  settings: MailSettings,
  recipient: { id: string; email: string; displayName: string },
  notification: MailNotification,
): ComposedMail {
  const { text, headers } = footer(settings, recipient.id, notification.kind);
  return {
    to: recipient.email,
    subject: mailSubjectOf(notification.kind, notification.subject),
    text: [
      `Dear ${recipient.displayName},`,
      '',
      describeNotification(notification.kind, notification.subject),
      '',
      `Open it: ${settings.publicUrl}${notification.subject.path}`,
      text,
    ].join('\n'),
    messageId: `<notification.${notification.id}@${settings.domain}>`,
    headers,
  };
}

/** A day's digest: every notification the user chose to receive so, one paragraph each. */
export function composeDigestMail(
  settings: MailSettings,
  recipient: { id: string; email: string; displayName: string },
  digest: { id: string; day: string },
  notifications: readonly MailNotification[],
): ComposedMail {
  const { text, headers } = footer(settings, recipient.id, 'ALL');
  const count = notifications.length;
  return {
    to: recipient.email,
    subject: `Plenary: ${count} notification${count === 1 ? '' : 's'} (digest of ${digest.day})`,
    text: [
      `Dear ${recipient.displayName},`,
      '',
      `Since your last digest:`,
      '',
      ...notifications.flatMap((n) => [
        `- ${describeNotification(n.kind, n.subject)}`,
        `  ${settings.publicUrl}${n.subject.path}`,
        '',
      ]),
      text,
    ].join('\n'),
    messageId: `<digest.${digest.id}@${settings.domain}>`,
    headers,
  };
}
