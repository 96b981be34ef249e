import { NotificationKind } from '@plenary/contracts';

/** Someone who acted, as mails and the bell name him: "Elena Marsh (Republic of Aurelia)". */
export interface NotifiedActor {
  name: string;
  organization: string | null;
}

/** What became of an amendment, for its author. */
export type AmendmentFate = 'ADOPTED' | 'REJECTED' | 'WITHDRAWN' | 'CONFLICT';

/**
 * What a notification says, captured when it is made (names as they were then): enough to
 * write its sentence and its link without reading anything else.
 */
export interface NotificationSubject {
  accordTitle: string | null;
  /** "Article 3", "the amendment to Article 3": where it happened, in words. */
  place: string | null;
  /** The web app's path to it. */
  path: string;
  actor: NotifiedActor | null;
  /** The start of a comment, and the comment (its excerpt is no longer shown once deleted). */
  excerpt?: string;
  commentId?: string;
  fate?: AmendmentFate;
  /** The organization concerned: the party that has not voted, the invited one, the one to join. */
  organization?: string;
  role?: string;
  closesAt?: string | null;
  hoursLeft?: number;
}

const actorWords = (actor: NotifiedActor | null): string =>
  !actor ? 'Someone' : actor.organization ? `${actor.name} (${actor.organization})` : actor.name;

const ofAccord = (subject: NotificationSubject): string =>
  subject.accordTitle ? ` of the ${subject.accordTitle}` : '';

const quoted = (excerpt: string | undefined): string => (excerpt ? `: “${excerpt}”` : '');

/** "5 December 2026, 14:00 UTC": mails are read anywhere, so the time says its zone. */
export function deadlineWords(iso: string): string {
  const at = new Date(iso);
  const day = at.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const time = at.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  return `${day}, ${time} UTC`;
}

const FATE_WORDS: Record<AmendmentFate, string> = {
  ADOPTED: 'was adopted',
  REJECTED: 'was rejected',
  WITHDRAWN: 'was withdrawn',
  CONFLICT:
    'no longer applies to the current text (conflict; a vote on it is suspended, its ballots kept): rebase it to put it forward again',
};

/** The notification as one plain sentence, for the bell and the mail alike. */
export function describeNotification(kind: NotificationKind, subject: NotificationSubject): string {
  const place = subject.place ?? 'the text';
  switch (kind) {
    case NotificationKind.REPLY:
      return `${actorWords(subject.actor)} replied to your comment on ${place}${ofAccord(subject)}${quoted(subject.excerpt)}`;
    case NotificationKind.MENTION:
      return `${actorWords(subject.actor)} mentioned you in a comment on ${place}${ofAccord(subject)}${quoted(subject.excerpt)}`;
    case NotificationKind.VOTE_OPENED: {
      const until = subject.closesAt ? ` until ${deadlineWords(subject.closesAt)}` : '';
      return `The vote on ${place}${ofAccord(subject)} is open${until}; ${subject.organization ?? 'your organization'} has not voted yet.`;
    }
    case NotificationKind.VOTE_CLOSING: {
      const hours = subject.hoursLeft ?? 1;
      const when = subject.closesAt ? ` (${deadlineWords(subject.closesAt)})` : '';
      return `The vote on ${place}${ofAccord(subject)} closes in ${hours === 1 ? 'an hour' : `${hours} hours`}${when}; ${subject.organization ?? 'your organization'} has not voted yet.`;
    }
    case NotificationKind.AMENDMENT_STATE: {
      const by =
        subject.fate === 'WITHDRAWN' && subject.actor ? ` by ${actorWords(subject.actor)}` : '';
      return `Your ${place}${ofAccord(subject)} ${FATE_WORDS[subject.fate ?? 'CONFLICT']}${by}.`;
    }
    case NotificationKind.MEMBERSHIP_INVITATION:
      return `${actorWords(subject.actor)} invited you to act for ${subject.organization ?? 'an organization'}${subject.role === 'REPRESENTATIVE' ? ' as a representative' : ' as a member'}.`;
    case NotificationKind.COSPONSOR_INVITATION:
      return `${actorWords(subject.actor)} invited ${subject.organization ?? 'your organization'} to co-sponsor ${place}${ofAccord(subject)}.`;
  }
}

/** A mail's subject line: short, with the accord named. */
export function mailSubjectOf(kind: NotificationKind, subject: NotificationSubject): string {
  const where = subject.accordTitle ? ` — ${subject.accordTitle}` : '';
  switch (kind) {
    case NotificationKind.REPLY:
      return `${subject.actor?.name ?? 'Someone'} replied to your comment${where}`;
    case NotificationKind.MENTION:
      return `${subject.actor?.name ?? 'Someone'} mentioned you${where}`;
    case NotificationKind.VOTE_OPENED:
      return `A vote is open on ${subject.place ?? 'an amendment'}${where}`;
    case NotificationKind.VOTE_CLOSING:
      return `A vote closes soon: ${subject.place ?? 'an amendment'}${where}`;
    case NotificationKind.AMENDMENT_STATE:
      return `Your ${subject.place ?? 'amendment'} ${FATE_WORDS[subject.fate ?? 'CONFLICT'].split(' (')[0]?.split(':')[0]}${where}`;
    case NotificationKind.MEMBERSHIP_INVITATION:
      return `An invitation to act for ${subject.organization ?? 'an organization'}`;
    case NotificationKind.COSPONSOR_INVITATION:
      return `An invitation to co-sponsor ${subject.place ?? 'an amendment'}${where}`;
  }
}
