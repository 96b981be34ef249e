import { AssessmentVerdict, NotificationKind } from '@plenary/contracts';

/** Someone who acted, as mails and the bell name him: "Elena Marsh (Republic of Aurelia)". */
export interface NotifiedActor {
  name: string;
  organization: string | null;
}

/** What became of an amendment, for its author. */
export type AmendmentFate = 'ADOPTED' | 'REJECTED' | 'WITHDRAWN' | 'CONFLICT';

/** ACCORD_FINAL: what the declaration fixed. */
export interface FinalTextFacts {
  articleCount: number;
  /** Amendments still open or in conflict, which lapsed with it. */
  lapsedAmendments: number;
}

/** SIGNATURE: what the organization (`organization`) did. */
export interface SignatureFacts {
  act: 'SIGNED' | 'WITHDRAWN';
  /** Articles it made reservations on, when it signed. */
  reservations: number;
}

/** INCIDENT_ASSESSED: the assessment of an incident against an article (`place`). */
export interface AssessmentFacts {
  incident: string;
  verdict: AssessmentVerdict;
  /** 1 for the organization's first assessment of the pair, more for a revision. */
  revision: number;
}

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
  final?: FinalTextFacts;
  signature?: SignatureFacts;
  assessment?: AssessmentFacts;
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

const VERDICT_WORDS: Record<AssessmentVerdict, string> = {
  [AssessmentVerdict.BREACHED]: 'breached',
  [AssessmentVerdict.NOT_BREACHED]: 'not breached',
  [AssessmentVerdict.UNCLEAR]: 'unclear whether breached',
};

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

function finalWords(subject: NotificationSubject): string {
  const facts = subject.final;
  const articles = facts ? ` (${plural(facts.articleCount, 'article', 'articles')})` : '';
  const lapsed =
    facts && facts.lapsedAmendments > 0
      ? ` ${plural(facts.lapsedAmendments, 'amendment still open lapsed', 'amendments still open lapsed')}.`
      : '';
  return `${actorWords(subject.actor)} declared the text of the ${subject.accordTitle ?? 'accord'} final${articles}: it can now be signed.${lapsed}`;
}

function signatureWords(subject: NotificationSubject): string {
  const organization = subject.organization ?? 'An organization';
  const by = subject.actor ? ` (by ${subject.actor.name})` : '';
  if (subject.signature?.act === 'WITHDRAWN') {
    return `${organization} withdrew its signature of the ${subject.accordTitle ?? 'accord'}${by}.`;
  }
  const reservations = subject.signature?.reservations ?? 0;
  const withReservations =
    reservations > 0 ? `, with reservations on ${plural(reservations, 'article', 'articles')}` : '';
  return `${organization} signed the ${subject.accordTitle ?? 'accord'}${withReservations}${by}.`;
}

function assessmentWords(subject: NotificationSubject): string {
  const facts = subject.assessment;
  const verdict = facts ? VERDICT_WORDS[facts.verdict] : 'assessed';
  const again = facts && facts.revision > 1 ? ' again' : '';
  return `${subject.organization ?? 'An organization'} assessed${again} the incident “${facts?.incident ?? 'an incident'}” against ${subject.place ?? 'an article'}${ofAccord(subject)}: ${verdict}.`;
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
    case NotificationKind.ACCORD_FINAL:
      return finalWords(subject);
    case NotificationKind.SIGNATURE:
      return signatureWords(subject);
    case NotificationKind.INCIDENT_ASSESSED:
      return assessmentWords(subject);
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
    case NotificationKind.ACCORD_FINAL:
      return `The text is final${where}`;
    case NotificationKind.SIGNATURE:
      return `${subject.organization ?? 'An organization'} ${subject.signature?.act === 'WITHDRAWN' ? 'withdrew its signature' : 'signed'}${where}`;
    case NotificationKind.INCIDENT_ASSESSED:
      return `An incident assessed against ${subject.place ?? 'an article'}${where}`;
  }
}
