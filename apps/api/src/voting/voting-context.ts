import type { DecisionRule } from '@plenary/contracts';
import type { PartiesPerGroup } from '@plenary/decision-rules';
import type { EntityManager } from 'typeorm';

export interface AccordVotingContext {
  rule: DecisionRule;
  partiesPerGroup: PartiesPerGroup;
  facilitatorId: string;
}

/** Reads what a vote needs from the (already locked) accord row. */
export async function votingContext(
  db: EntityManager,
  accordId: string,
): Promise<AccordVotingContext> {
  const rows = await db.query<
    { rule: DecisionRule; parties_per_group: PartiesPerGroup; facilitator_id: string }[]
  >(`SELECT rule, parties_per_group, facilitator_id FROM accord WHERE id = $1`, [accordId]);
  return {
    rule: rows[0].rule,
    partiesPerGroup: rows[0].parties_per_group,
    facilitatorId: rows[0].facilitator_id,
  };
}
