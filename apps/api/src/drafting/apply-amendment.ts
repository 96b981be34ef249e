import { AmendmentKind, NormativeForce } from '@plenary/contracts';
import type { AccordWrite } from '../accord-log/accord-write.js';
import type { AmendmentEntity } from './amendment.entity.js';
import { ClauseWriter, type Provenance } from './clause-writer.js';
import type { Examination } from './examine-amendment.js';
import type { RunningVote } from './running-vote.js';

/**
 * Applies an adopted amendment to the text, as examined under the same lock just before (see
 * `examineAmendment`): a MODIFY writes exactly the content examined, which is the text shown.
 */
export async function applyAmendment(
  write: AccordWrite,
  amendment: AmendmentEntity,
  examination: Extract<Examination, { applies: true }>,
  actorId: string | null,
  votes: RunningVote,
): Promise<void> {
  const writer = new ClauseWriter(write, votes);
  const by: Provenance = {
    amendmentId: amendment.id,
    authorOrganizationId: amendment.onBehalfOf,
    actorId,
  };
  const { clause, content } = examination;
  switch (amendment.kind) {
    case AmendmentKind.ADD_CLAUSE:
      await writer.addClause(
        amendment.position,
        {
          heading: amendment.heading,
          text: amendment.text!,
          force: amendment.force ?? NormativeForce.VOLUNTARY,
          sources: amendment.sources,
        },
        by,
      );
      return;
    case AmendmentKind.MODIFY_CLAUSE:
      await writer.addVersion(clause!, content!, by);
      return;
    case AmendmentKind.REMOVE_CLAUSE:
      await writer.removeClause(clause!, by);
      return;
    case AmendmentKind.MOVE_CLAUSE:
      await writer.moveClause(clause!, amendment.position!, by);
      return;
  }
}
