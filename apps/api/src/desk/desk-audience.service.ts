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
 * Whose desk the events of an accord may have changed: the members of its participant
 * organizations, when any event in the range is of a DESK_EVENT_TYPES type. One statement per
 * batch of events, so a burst of ballots costs one read.
 */
@Injectable()
export class DeskAudience {
  constructor(private readonly dataSource: DataSource) {}

  async concernedBy(accordId: string, afterSeq: number, upToSeq: number): Promise<string[]> {
    const rows = await readQuery<{ userId: string }>(
      this.dataSource,
      `SELECT DISTINCT m.user_id AS "userId"
       FROM participant p JOIN membership m ON m.organization_id = p.organization_id
       WHERE p.accord_id = $1 AND EXISTS (
         SELECT 1 FROM accord_event e
         WHERE e.accord_id = $1 AND e.seq > $2 AND e.seq <= $3 AND e.type = ANY($4::text[]))`,
      [accordId, afterSeq, upToSeq, DESK_EVENT_TYPES],
    );
    return rows.map((row) => row.userId);
  }
}
