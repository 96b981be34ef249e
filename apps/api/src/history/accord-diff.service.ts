import { Injectable } from '@nestjs/common';
import { diffAccord } from '@plenary/text-history';
import { DataSource } from 'typeorm';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import type { AccordMomentInput } from './dto/history.args.js';
import type { AccordDiffModel } from './models/accord-diff.models.js';
import { TextHistoryService } from './text-history.service.js';

/**
 * The whole accord between two moments: both texts (a few index look-ups each, whatever the
 * length of the history), one word diff per reworded article, and the adopted amendments that
 * made each change, read for the changed articles only.
 */
@Injectable()
export class AccordDiffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccordAccessService,
    private readonly textHistory: TextHistoryService,
  ) {}

  async accordDiff(
    callerId: string,
    accordId: string,
    fromMoment: AccordMomentInput,
    toMoment: AccordMomentInput,
  ): Promise<AccordDiffModel> {
    const { accord } = await this.access.requireVisibleAs(accordId, callerId);
    const [from, to] = await Promise.all([
      this.textHistory.momentOf(accord, fromMoment),
      this.textHistory.momentOf(accord, toMoment),
    ]);
    const [before, after] = await Promise.all([
      this.textHistory.articlesAt(accordId, from.seq),
      this.textHistory.articlesAt(accordId, to.seq),
    ]);
    const changes = diffAccord(before, after);
    const changed = changes.filter((c) => c.kind !== 'UNCHANGED').map((c) => c.clauseId);
    const madeBy = await this.amendmentsBetween(
      changed,
      Math.min(from.seq, to.seq),
      Math.max(from.seq, to.seq),
    );
    return {
      accordId,
      from,
      to,
      articles: changes.map((change) => ({
        ...change,
        accordId,
        amendmentIds: change.kind === 'UNCHANGED' ? [] : (madeBy.get(change.clauseId) ?? []),
      })),
    };
  }

  /**
   * Per clause, the amendments that changed it after event `low` up to `high`: those whose version
   * was made then, and those that moved or removed it then (the event that closed its place, when
   * that event is about this clause: a move shifts the places of others too).
   */
  private async amendmentsBetween(clauseIds: string[], low: number, high: number) {
    const byClause = new Map<string, string[]>();
    if (clauseIds.length === 0 || low === high) return byClause;
    const rows = await this.dataSource.query<{ clauseId: string; amendmentId: string }[]>(
      `SELECT "clauseId", "amendmentId" FROM (
         SELECT v.clause_id AS "clauseId", v.amendment_id AS "amendmentId", v.created_seq AS seq
         FROM clause_version v
         WHERE v.clause_id = ANY($1::uuid[]) AND v.created_seq > $2 AND v.created_seq <= $3
           AND v.amendment_id IS NOT NULL
         UNION
         SELECT p.clause_id, (e.payload->>'amendmentId')::uuid, e.seq
         FROM clause_placement p
         JOIN accord_event e ON e.accord_id = p.accord_id AND e.seq = p.to_seq
         WHERE p.clause_id = ANY($1::uuid[]) AND p.to_seq > $2 AND p.to_seq <= $3
           AND e.payload->>'clauseId' = p.clause_id::text
           AND e.payload->>'amendmentId' IS NOT NULL) made
       ORDER BY seq`,
      [clauseIds, low, high],
    );
    for (const { clauseId, amendmentId } of rows) {
      const list = byClause.get(clauseId) ?? [];
      if (!list.includes(amendmentId)) list.push(amendmentId);
      byClause.set(clauseId, list);
    }
    return byClause;
  }
}
