import { Injectable } from '@nestjs/common';
import { AmendmentStatus } from '@plenary/contracts';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { EventLogService } from '../accord-log/event-log.service.js';
import { textFrozen } from '../accord-log/final-text.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

export interface DeclareFinalCommand {
  callerId: string;
  accordId: string;
}

/**
 * The facilitator declares the text final: an `accord.declaredFinal` event that freezes it.
 * From then on the log refuses every drafting, voting and co-sponsoring write
 * (ACCORD_TEXT_FINAL); organizations may sign it. The text declared final is the accord as it
 * stood at the head of the log just before the declaration (its seq and hash are in the
 * payload), and the declaration's own seq and hash identify it from then on.
 *
 * What was pending: a running vote is never cut short, so the declaration waits until every
 * vote has closed (VOTES_STILL_RUNNING, with the amendments named). Amendments still open or in
 * conflict lapse with the declaration (WITHDRAWN, listed in the event): they can no longer be
 * voted on, and a new version of the accord is where they may be proposed again.
 */
@Injectable()
export class DeclareFinalUseCase {
  constructor(
    private readonly access: AccordAccessService,
    private readonly events: EventLogService,
  ) {}

  async execute({ callerId, accordId }: DeclareFinalCommand): Promise<AccordEntity> {
    this.access.assertFacilitator(
      await this.access.requireVisibleAs(accordId, callerId),
      'declare the text final',
    );
    return this.events.writeToAccord(accordId, async (write) => {
      const db = write.manager;
      if (write.finalSeq !== null) throw textFrozen();
      const running = await db.query<{ id: string }[]>(
        `SELECT id FROM amendment WHERE accord_id = $1 AND status = $2 ORDER BY created_at`,
        [accordId, AmendmentStatus.VOTING],
      );
      if (running.length > 0) {
        throw new DomainError(
          DomainErrorCode.VOTES_STILL_RUNNING,
          `${running.length === 1 ? 'A vote is' : `${running.length} votes are`} still running: close ${running.length === 1 ? 'it' : 'them'} before declaring the text final`,
          { amendmentIds: running.map((r) => r.id) },
        );
      }
      const [{ articles } = { articles: 0 }] = await db.query<{ articles: number }[]>(
        `SELECT count(*)::int AS articles FROM clause WHERE accord_id = $1 AND removed_at IS NULL`,
        [accordId],
      );
      if (articles === 0) {
        throw new DomainError(
          DomainErrorCode.INVALID_INPUT,
          'The accord has no article yet: there is no text to declare final',
        );
      }
      const lapsed = await db.query<{ id: string }[]>(
        `WITH lapsed AS (
           UPDATE amendment SET status = $2, closed_at = now()
           WHERE accord_id = $1 AND status = ANY($3::text[]) RETURNING id, created_at)
         SELECT id FROM lapsed ORDER BY created_at`,
        [accordId, AmendmentStatus.WITHDRAWN, [AmendmentStatus.OPEN, AmendmentStatus.CONFLICT]],
      );
      const headSeq = write.lastSeq;
      const headHash = write.headHash;
      const event = await write.append('accord.declaredFinal', callerId, {
        headSeq,
        headHash,
        articleCount: articles,
        lapsedAmendmentIds: lapsed.map((a) => a.id),
      });
      await db.update(
        AccordEntity,
        { id: accordId },
        {
          finalSeq: event.seq,
          finalHash: event.hash,
          declaredFinalAt: event.at,
          declaredFinalBy: callerId,
        },
      );
      return db.findOneByOrFail(AccordEntity, { id: accordId });
    });
  }
}
