import {
  type AccordEvent,
  type CommentPostedPayload,
  mentionedPeople,
  NotificationKind,
} from '@plenary/contracts';
import type { AccordFacts } from './accord-facts.js';
import { eventSource, type NotificationDraft } from './notification-draft.js';
import { excerptOf } from '../common/text.js';
import {
  type AmendmentFate,
  type NotificationSubject,
  type SignatureFacts,
} from './notification-words.js';

export const amendmentPath = (accordId: string, amendmentId: string): string =>
  `/accords/${accordId}/amendments/${amendmentId}`;

const signatoriesPath = (accordId: string): string => `/accords/${accordId}/signatories`;

/**
 * The notifications one event of the log gives, to whom. Never to the one who acted: nobody is
 * told of what he did himself.
 */
export async function deriveNotifications(
  event: AccordEvent,
  facts: AccordFacts,
): Promise<NotificationDraft[]> {
  const drafts = await draftsOf(event, facts);
  return drafts.filter((draft) => draft.recipientId !== event.actorId);
}

async function draftsOf(event: AccordEvent, facts: AccordFacts): Promise<NotificationDraft[]> {
  const source = eventSource(event.accordId, event.seq);
  const draft = (
    recipientId: string,
    kind: NotificationKind,
    subject: NotificationSubject,
  ): NotificationDraft => ({
    recipientId,
    kind,
    source,
    accordId: event.accordId,
    actorId: event.actorId,
    subject,
  });
  switch (event.type) {
    case 'comment.posted':
      return commentDrafts(event.payload, event.actorId, facts, draft);
    case 'voting.opened': {
      const { amendmentId, closesAt } = event.payload;
      const [place, accordTitle, voters] = await Promise.all([
        facts.amendmentPlace(amendmentId),
        facts.accordTitle(),
        facts.representativesNotVoted(amendmentId),
      ]);
      return voters.map((voter) =>
        draft(voter.userId, NotificationKind.VOTE_OPENED, {
          accordTitle,
          place,
          path: amendmentPath(event.accordId, amendmentId),
          actor: null,
          organization: voter.organization,
          closesAt,
        }),
      );
    }
    case 'voting.closed':
      return fateDrafts(event.payload.amendmentId, event.payload.outcome, null);
    case 'amendment.withdrawn':
      return fateDrafts(event.payload.amendmentId, 'WITHDRAWN', event.actorId);
    case 'amendment.conflicted':
      return fateDrafts(event.payload.amendmentId, 'CONFLICT', null);
    case 'amendment.reexamined':
      // A running vote on it is suspended by the same write (voting.suspended follows): one
      // notification says both.
      return event.payload.outcome === 'CONFLICT'
        ? fateDrafts(event.payload.amendmentId, 'CONFLICT', null)
        : [];
    case 'amendment.cosponsorInvited': {
      const { amendmentId, organizationId, organizationName } = event.payload;
      const [place, accordTitle, actor, representatives] = await Promise.all([
        facts.amendmentPlace(amendmentId),
        facts.accordTitle(),
        facts.actor(event.actorId),
        facts.representativesOf(organizationId),
      ]);
      return representatives.map((representative) =>
        draft(representative.userId, NotificationKind.COSPONSOR_INVITATION, {
          accordTitle,
          place,
          path: amendmentPath(event.accordId, amendmentId),
          actor,
          organization: organizationName,
        }),
      );
    }
    case 'accord.declaredFinal': {
      const { articleCount, lapsedAmendmentIds } = event.payload;
      const [accordTitle, actor, representatives] = await Promise.all([
        facts.accordTitle(),
        facts.actor(event.actorId),
        facts.partyRepresentatives(),
      ]);
      return representatives.map((representative) =>
        draft(representative.userId, NotificationKind.ACCORD_FINAL, {
          accordTitle,
          place: null,
          path: signatoriesPath(event.accordId),
          actor,
          organization: representative.organization,
          final: { articleCount, lapsedAmendments: lapsedAmendmentIds.length },
        }),
      );
    }
    case 'signature.added':
      return signatureDrafts(event.payload.organizationId, {
        act: 'SIGNED',
        reservations: event.payload.reservations.length,
      });
    case 'signature.withdrawn':
      return signatureDrafts(event.payload.organizationId, { act: 'WITHDRAWN', reservations: 0 });
    case 'incident.assessed': {
      const { clauseId, incidentId, organizationName, verdict, revision } = event.payload;
      // Against a norm of a framework, not an article of the text: not the facilitator's news.
      if (!clauseId) return [];
      const [accordTitle, actor, facilitatorId, place, incident] = await Promise.all([
        facts.accordTitle(),
        facts.actor(event.actorId, event.payload.organizationId),
        facts.facilitatorId(),
        facts.clausePlace(clauseId),
        facts.incidentName(incidentId),
      ]);
      if (!facilitatorId) return [];
      return [
        draft(facilitatorId, NotificationKind.INCIDENT_ASSESSED, {
          accordTitle,
          place,
          path: `/accords/${event.accordId}/incidents/${incidentId}`,
          actor,
          organization: organizationName,
          assessment: { incident, verdict, revision },
        }),
      ];
    }
    case 'accord.created':
    case 'accord.ruleChanged':
    case 'accord.proposalWindowSet':
    case 'clause.sourceLinked':
    case 'participant.added':
    case 'membership.joined':
    case 'membership.ended':
    case 'organization.verified':
    case 'organization.verificationRevoked':
    case 'amendment.proposed':
    case 'amendment.rebased':
    case 'amendment.cosponsorAnswered':
    case 'amendment.supported':
    case 'amendment.supportWithdrawn':
    case 'ballot.cast':
    case 'voting.suspended':
    case 'clause.versioned':
    case 'clause.removed':
    case 'clause.moved':
    case 'clauses.renumbered':
    case 'comment.edited':
    case 'comment.deleted':
    case 'milestone.marked':
    case 'incident.recorded':
    case 'incident.revised':
    case 'accord.newVersionStarted':
    case 'accord.versionOf':
    case 'implementation.reported':
    case 'accord.published':
    case 'accord.unpublished':
      return [];
  }

  /** The facilitator and the parties' representatives, told that an organization signed or withdrew. */
  async function signatureDrafts(
    organizationId: string,
    signature: SignatureFacts,
  ): Promise<NotificationDraft[]> {
    const [accordTitle, actor, facilitatorId, representatives, signer] = await Promise.all([
      facts.accordTitle(),
      facts.actor(event.actorId, organizationId),
      facts.facilitatorId(),
      facts.partyRepresentatives(),
      facts.organizationName(organizationId),
    ]);
    const recipients = new Set([
      ...(facilitatorId ? [facilitatorId] : []),
      ...representatives.map((r) => r.userId),
    ]);
    return [...recipients].map((recipientId) =>
      draft(recipientId, NotificationKind.SIGNATURE, {
        accordTitle,
        place: null,
        path: signatoriesPath(event.accordId),
        actor,
        organization: signer,
        signature,
      }),
    );
  }

  async function fateDrafts(
    amendmentId: string,
    fate: AmendmentFate,
    actorId: string | null,
  ): Promise<NotificationDraft[]> {
    const amendment = await facts.amendment(amendmentId);
    if (!amendment) return [];
    const [place, accordTitle, actor] = await Promise.all([
      facts.amendmentPlace(amendmentId),
      facts.accordTitle(),
      facts.actor(actorId),
    ]);
    return [
      draft(amendment.authorId, NotificationKind.AMENDMENT_STATE, {
        accordTitle,
        place: place.replace(/^the /, ''),
        path: amendmentPath(event.accordId, amendmentId),
        actor,
        fate,
      }),
    ];
  }
}

async function commentDrafts(
  comment: CommentPostedPayload,
  actorId: string | null,
  facts: AccordFacts,
  draft: (
    recipientId: string,
    kind: NotificationKind,
    subject: NotificationSubject,
  ) => NotificationDraft,
): Promise<NotificationDraft[]> {
  // Whom it tells first: most comments answer nobody and name nobody (no "@"), and then nothing
  // about the accord need be read.
  const repliedTo = comment.parentId ? await facts.commentAuthor(comment.parentId) : null;
  const replyTo = repliedTo && (await facts.isParticipant(repliedTo)) ? repliedTo : null;
  const mentioned = comment.body.includes('@')
    ? // A reply that also names the one replied to is one notification, the reply.
      mentionedPeople(comment.body, await facts.participants()).filter((id) => id !== repliedTo)
    : [];
  if (!replyTo && mentioned.length === 0) return [];
  const accordId = facts.accordId;
  const [accordTitle, actor, place] = await Promise.all([
    facts.accordTitle(),
    facts.actor(actorId ?? comment.authorId),
    comment.amendmentId
      ? facts.amendmentPlace(comment.amendmentId)
      : comment.clauseId
        ? facts.clausePlace(comment.clauseId)
        : Promise.resolve('the accord'),
  ]);
  const path = comment.amendmentId
    ? amendmentPath(accordId, comment.amendmentId)
    : `/accords/${accordId}${comment.clauseId ? `#clause-${comment.clauseId}` : ''}`;
  const subject: NotificationSubject = {
    accordTitle,
    place,
    path,
    actor,
    excerpt: excerptOf(comment.body),
    commentId: comment.commentId,
  };
  return [
    ...(replyTo ? [draft(replyTo, NotificationKind.REPLY, subject)] : []),
    ...mentioned.map((personId) => draft(personId, NotificationKind.MENTION, subject)),
  ];
}
