import { Injectable } from '@nestjs/common';
import { ChainVerifier, type HistoryVerification } from '@plenary/ledger';
import { DataSource } from 'typeorm';
import { AccordAccessService } from '../accords/accord-access.service.js';
import { AccordEventEntity } from './accord-event.entity.js';

const VERIFY_PAGE = 2000;

@Injectable()
export class HistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
  ) {}

  async events(
    callerId: string,
    accordId: string,
    afterSeq: number,
    first: number,
  ): Promise<AccordEventEntity[]> {
    await this.access.requireVisible(callerId, accordId);
    return this.readEvents(accordId, afterSeq, first);
  }

  readEvents(accordId: string, afterSeq: number, first: number): Promise<AccordEventEntity[]> {
    return this.dataSource
      .getRepository(AccordEventEntity)
      .createQueryBuilder('e')
      .where('e.accord_id = :accordId AND e.seq > :afterSeq', { accordId, afterSeq })
      .orderBy('e.seq', 'ASC')
      .take(first)
      .getMany();
  }

  /** Recomputes the whole chain page by page and checks it ends at the head recorded on the accord. */
  async verify(callerId: string, accordId: string): Promise<HistoryVerification> {
    const { accord } = await this.access.requireVisible(callerId, accordId);
    const verifier = new ChainVerifier({
      accordId,
      expectedHead: { seq: accord.lastSeq, hash: accord.headHash },
    });
    let afterSeq = 0;
    for (;;) {
      const rows = await this.dataSource.query<AccordEventEntity[]>(
        `SELECT accord_id AS "accordId", seq, type, at, actor_id AS "actorId", payload,
                prev_hash AS "prevHash", hash
         FROM accord_event WHERE accord_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [accordId, afterSeq, VERIFY_PAGE],
      );
      if (rows.length === 0 || !verifier.pushAll(rows)) break;
      afterSeq = rows[rows.length - 1].seq;
      if (rows.length < VERIFY_PAGE) break;
    }
    return verifier.result();
  }
}
