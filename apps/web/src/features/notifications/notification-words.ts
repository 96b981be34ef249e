import type { EmailDelivery, NotificationKind } from '../../data/gql/graphql';

export const notificationKindLabels: Record<NotificationKind, string> = {
  REPLY: 'Replies to my comments',
  MENTION: 'Mentions of me (@my name)',
  VOTE_OPENED: 'A vote opened for my organization',
  VOTE_CLOSING: 'A vote closes soon and my organization has not voted',
  AMENDMENT_STATE: 'What becomes of my amendments (adopted, rejected, withdrawn, conflict)',
  MEMBERSHIP_INVITATION: 'Invitations to act for an organization',
  COSPONSOR_INVITATION: 'Invitations to co-sponsor an amendment',
  ACCORD_FINAL: 'The text of an accord my organization is party to is declared final',
  SIGNATURE: 'An organization signs an accord, or withdraws its signature',
  INCIDENT_ASSESSED: 'An incident is assessed against an article of an accord I facilitate',
};

export const emailDeliveryLabels: Record<EmailDelivery, string> = {
  IMMEDIATE: 'Email at once',
  DAILY_DIGEST: 'Daily digest',
  OFF: 'No email',
};

export const unreadLabel = (count: number): string =>
  count === 0 ? 'Notifications, none unread' : `Notifications, ${count} unread`;
