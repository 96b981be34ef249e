import { Injectable } from '@nestjs/common';
import type { AccordEventType } from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { readQuery } from '../common/database/read-query.js';

/** The events of an accord's log that can change someone's desk. */
export const DESK_EVENT_TYPES: readonly AccordEventType[] = [
  'voting.opened',
  'voting.closed',
  'voting.suspended',
  'ballot.cast',
  'amendment.conflicted',
  'amendment.rebased',
  'amendment.withdrawn',
  'comment.posted',
  'comment.edited',
  'comment.deleted',
  'amendment.cosponsorInvited',
  'amendment.cosponsorAnswered',
  'participant.added',
  'membership.joined',
  'membership.ended',
];

/**
 * Whose desk the events of an accord may have changed, among those who may read it (members of
 * its participant organizations, and its facilitator). A ballot changes only its organization's
 * desks (a secret one does not say which: everyone's); a new comment only those of its author,
 * of the author it answers and of whoever it may mention (a superset: "@" and a first name); any
 * other desk event, everyone's. One statement per batch of events, so a burst of ballots costs
 * one read.
 */
@Injectable()
export class DeskAudience {
  constructor(private readonly dataSource: DataSource) {}

  async concernedBy(accordId: string, afterSeq: number, upToSeq: number): Promise<string[]> {
    const rows = await readQuery<{ userId: string }>(
      this.dataSource,
      `WITH events AS (
         SELECT e.type, e.actor_id, e.payload FROM accord_event e
         WHERE e.accord_id = $1 AND e.seq > $2 AND e.seq <= $3 AND e.type = ANY($4::text[])),
       readers AS (
         SELECT m.user_id FROM participant p JOIN membership m ON m.organization_id = p.organization_id
         WHERE p.accord_id = $1
         UNION SELECT facilitator_id FROM accord WHERE id = $1)
       SELECT DISTINCT r.user_id AS "userId"
       FROM readers r JOIN app_user u ON u.id = r.user_id
       JOIN events e ON CASE
         WHEN e.type = 'ballot.cast' AND e.payload ? 'organizationId' THEN EXISTS (
           SELECT 1 FROM membership m
           WHERE m.user_id = r.user_id AND m.organization_id = (e.payload->>'organizationId')::uuid)
         WHEN e.type = 'comment.posted' THEN
           r.user_id = e.actor_id
           OR r.user_id = (SELECT c.author_id FROM comment c
                           WHERE c.id = (e.payload->>'parentId')::uuid)
           OR strpos(lower(e.payload->>'body'), '@' || lower(split_part(u.display_name, ' ', 1))) > 0
         ELSE true END`,
      [accordId, afterSeq, upToSeq, DESK_EVENT_TYPES],
    );
    return rows.map((row) => row.userId);
  }
}
