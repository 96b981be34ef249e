import type { DecisionRule } from '@plenary/contracts';
import type { PartiesPerGroup } from '@plenary/decision-rules';
import type { EntityManager } from 'typeorm';
import { firstRow } from '../common/database/first-row.js';

export interface AccordVotingContext {
  rule: DecisionRule;
  partiesPerGroup: PartiesPerGroup;
}

/** Reads what a vote needs from the (already locked) accord row. */
export async function votingContext(
  db: EntityManager,
  accordId: string,
): Promise<AccordVotingContext> {
  const rows = await db.query<AccordVotingContext[]>(
    `SELECT rule, parties_per_group AS "partiesPerGroup" FROM accord WHERE id = $1`,
    [accordId],
  );
  return firstRow(rows, 'the voting context of the accord');
}
