import {
  type AssessmentVerdict,
  isKnownAccordEvent,
  type AccordEventPayloads,
  type AccordEventType,
  type ImplementationStatus,
  MembershipRole,
  ParticipantRole,
} from '@plenary/contracts';
import { describeRenumbering } from '@plenary/text-history';
import { formatDateTime } from '../../ui/format';

type Sentence<T extends AccordEventType> = (payload: AccordEventPayloads[T]) => string;

const verdictWords: Record<AssessmentVerdict, string> = {
  BREACHED: 'breached',
  NOT_BREACHED: 'not breached',
  UNCLEAR: 'unclear',
};

const implementationWords: Record<ImplementationStatus, string> = {
  DONE: 'done',
  IN_PROGRESS: 'in progress',
  NOT_STARTED: 'not started',
};

const roleWords = (role: MembershipRole) =>
  role === MembershipRole.REPRESENTATIVE ? 'representative' : 'member';

/**
 * One plain sentence per event type, for the history's event table; null for types the sentence
 * would only repeat. A new event type does not compile until it is given one or null.
 */
const sentences: { [T in AccordEventType]: Sentence<T> | null } = {
  'participant.added': (p) =>
    `${p.organizationName} joined the accord as ${p.role === ParticipantRole.PARTY ? 'a party' : 'an observer'}${
      p.verified === false ? ' (unverified)' : ''
    }`,
  'membership.joined': (p) =>
    p.previousRole
      ? `${p.displayName} now acts for ${p.organizationName} as ${roleWords(p.role)} (was ${roleWords(p.previousRole)})`
      : `${p.displayName} joined ${p.organizationName} as ${roleWords(p.role)}`,
  'membership.ended': (p) =>
    p.endedBy === 'SELF'
      ? `${p.displayName} left ${p.organizationName}`
      : `${p.displayName} no longer acts for ${p.organizationName} (removed by a representative)`,
  'organization.verified': (p) =>
    `${p.name} verified by a platform operator${p.website ? ` (through ${p.website})` : ''}${
      p.previousName ? `; formerly listed as ${p.previousName}` : ''
    }`,
  'organization.verificationRevoked': (p) => `Verification of ${p.name} withdrawn: ${p.reason}`,
  'clauses.renumbered': (p) => describeRenumbering(p.changes),
  'milestone.marked': (p) => `The text as it stands named “${p.name}”`,
  'accord.proposalWindowSet': (p) => proposalWindowWords(p.opensAt, p.closesAt),
  'clause.sourceLinked': (p) =>
    p.norm
      ? `Source “${p.source}” linked to ${p.norm.frameworkShortName} ${p.norm.key}`
      : `Source “${p.source}” no longer linked to a norm`,
  'amendment.cosponsorInvited': (p) => `${p.organizationName} invited to co-sponsor an amendment`,
  'amendment.cosponsorAnswered': (p) =>
    `${p.organizationName} ${p.accepted ? 'co-sponsors' : 'declined to co-sponsor'} an amendment`,
  'amendment.supported': (p) => `${p.organizationName} supports an amendment`,
  'amendment.supportWithdrawn': (p) => `${p.organizationName} no longer supports an amendment`,
  'incident.recorded': (p) => `${p.organizationName} recorded the incident “${p.facts.name}”`,
  'incident.revised': (p) => `The incident “${p.facts.name}” was revised (revision ${p.revision})`,
  'incident.assessed': (p) =>
    `${p.organizationName} ${p.previousVerdict ? 'revised its assessment of' : 'assessed'} an incident against an article: ${verdictWords[p.verdict]}`,
  'accord.declaredFinal': (p) =>
    `The text was declared final (as it stood after event ${p.headSeq}: ${p.articleCount} ${p.articleCount === 1 ? 'article' : 'articles'})${
      p.lapsedAmendmentIds.length > 0
        ? `; ${p.lapsedAmendmentIds.length} pending ${p.lapsedAmendmentIds.length === 1 ? 'amendment' : 'amendments'} lapsed`
        : ''
    }`,
  'accord.newVersionStarted': (p) => `A new version of the accord was started: “${p.title}”`,
  'accord.versionOf': (p) =>
    `Started from the final text of the previous version (its event ${p.finalSeq})`,
  'signature.added': (p) =>
    `${p.organizationName} signed the accord${
      p.reservations.length > 0
        ? `, with reservations on ${p.reservations.length === 1 ? 'article' : 'articles'} ${p.reservations.map((r) => r.number).join(', ')}`
        : ''
    }`,
  'signature.withdrawn': (p) => `A signature was withdrawn${p.reason ? `: ${p.reason}` : ''}`,
  'implementation.reported': (p) =>
    `Implementation report on article ${p.number}: ${implementationWords[p.status]}`,
  'accord.published': () => 'The public page of the accord was published',
  'accord.unpublished': () => 'The public page of the accord was withdrawn',
  'accord.created': null,
  'accord.ruleChanged': null,
  'amendment.proposed': null,
  'amendment.withdrawn': null,
  'amendment.rebased': null,
  'amendment.conflicted': null,
  'amendment.reexamined': null,
  'voting.opened': null,
  'ballot.cast': null,
  'voting.closed': null,
  'voting.suspended': null,
  'clause.versioned': null,
  'clause.removed': null,
  'clause.moved': null,
  'comment.posted': null,
  'comment.edited': null,
  'comment.deleted': null,
};

function sentenceOf<T extends AccordEventType>(type: T, payload: AccordEventPayloads[T]) {
  const sentence: Sentence<T> | null = sentences[type];
  return sentence ? sentence(payload) : null;
}

/** The sentence for an event of the log; null for a type without one, or from a newer server. */
export function describeEvent(event: { type: string; payload: unknown }): string | null {
  return isKnownAccordEvent(event) ? sentenceOf(event.type, event.payload) : null;
}

function proposalWindowWords(opensAt: string | null, closesAt: string | null): string {
  if (!opensAt && !closesAt) return 'Amendments may be proposed without limit of time';
  const from = opensAt ? ` from ${formatDateTime(opensAt)}` : '';
  const until = closesAt ? ` until ${formatDateTime(closesAt)}` : '';
  return `Amendments may be proposed${from}${until}`;
}
