// Notifications: what a delegate is told, in the app (always) and by email (as he chooses).

/** What a notification is about; email settings are per kind. */
export enum NotificationKind {
  /** Someone replied to my comment. */
  REPLY = 'REPLY',
  /** Someone named me in a comment ("@Elena Marsh"). */
  MENTION = 'MENTION',
  /** A vote opened on an amendment, and my organization is a party that has not voted. */
  VOTE_OPENED = 'VOTE_OPENED',
  /** A vote closes soon, and my organization has not voted. */
  VOTE_CLOSING = 'VOTE_CLOSING',
  /** My amendment was adopted, rejected, withdrawn, suspended or went into conflict. */
  AMENDMENT_STATE = 'AMENDMENT_STATE',
  /** I am invited to act for an organization. */
  MEMBERSHIP_INVITATION = 'MEMBERSHIP_INVITATION',
  /** My organization is invited to co-sponsor an amendment. */
  COSPONSOR_INVITATION = 'COSPONSOR_INVITATION',
  /** The text of an accord my organization is a party to was declared final. */
  ACCORD_FINAL = 'ACCORD_FINAL',
  /** An organization signed an accord I facilitate or my organization is a party to, or withdrew its signature. */
  SIGNATURE = 'SIGNATURE',
  /** An organization assessed an incident against an article of an accord I facilitate. */
  INCIDENT_ASSESSED = 'INCIDENT_ASSESSED',
}

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** How a kind of notification reaches a user by email (in the app it always does). */
export enum EmailDelivery {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}

/** `notification`, to the recipient's sockets: a new notification, in plain words. */
export interface NotificationMessage {
  id: string;
  kind: NotificationKind;
  /** One sentence: who did what, where. */
  text: string;
  /** Where it happened in the web app (`/accords/…`). */
  path: string;
  createdAt: string;
}
