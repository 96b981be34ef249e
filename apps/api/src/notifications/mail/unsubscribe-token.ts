import { isUuid } from '../../common/graphql/ids.js';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, type NotificationKind } from '@plenary/contracts';

/** What an unsubscribe link turns off: one kind of notification mail, or all of them. */
export type UnsubscribeScope = NotificationKind | 'ALL';

export interface Unsubscription {
  userId: string;
  scope: UnsubscribeScope;
}

/**
 * The signature of an unsubscribe link: HMAC-SHA256 with the app's secret, under its own label
 * so it can never pass for a token of anything else. It does not expire: a mail's link must
 * work as long as the mail is kept, and it can only turn mail off.
 */
function signatureOf(secret: string, { userId, scope }: Unsubscription): Buffer {
  return createHmac('sha256', secret).update(`plenary-unsubscribe\n${userId}\n${scope}`).digest();
}

export function unsubscribeToken(secret: string, unsubscription: Unsubscription): string {
  const { userId, scope } = unsubscription;
  return `${userId}.${scope}.${signatureOf(secret, unsubscription).toString('base64url')}`;
}

/** The unsubscription a token grants, or null for anything forged, altered or malformed. */
export function readUnsubscribeToken(secret: string, token: string): Unsubscription | null {
  const [userId, scope, signature, ...rest] = token.split('.');
  if (rest.length > 0 || !userId || !scope || !signature || !isUuid(userId)) return null;
  if (scope !== 'ALL' && !NOTIFICATION_KINDS.includes(scope as NotificationKind)) return null;
  const unsubscription = { userId: userId.toLowerCase(), scope: scope as UnsubscribeScope };
  // Compared as text, not as decoded bytes: base64url decoding ignores the last character's
  // spare bits, so several spellings decode to one signature and an altered link would pass.
  const expected = Buffer.from(
    signatureOf(secret, { userId, scope: unsubscription.scope }).toString('base64url'),
  );
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return unsubscription;
}
