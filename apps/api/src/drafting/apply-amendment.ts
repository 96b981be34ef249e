import { AmendmentKind, NormativeForce } from '@plenary/contracts';
import type { AccordWrite } from '../accord-log/accord-write.js';
import type { AmendmentEntity } from './amendment.entity.js';
import { ClauseWriter, type Provenance } from './clause-writer.js';
import type { Application } from './examine-amendment.js';
import type { RunningVote } from './running-vote.js';

/**
 * Applies an adopted amendment to the text, as examined under the same lock just before (see
 * `examineAmendment`): a MODIFY writes exactly the content examined, which is the text shown.
 */
export async function applyAmendment(
  write: AccordWrite,
  amendment: AmendmentEntity,
  application: Application,
  actorId: string | null,
  votes: RunningVote,
): Promise<void> {
  const writer = new ClauseWriter(write, votes);
  const by: Provenance = {
    amendmentId: amendment.id,
    authorOrganizationId: amendment.onBehalfOf,
    actorId,
  };
  switch (application.kind) {
    case AmendmentKind.ADD_CLAUSE: {
      const { proposed } = application;
      await writer.addClause(
        application.position,
        { ...proposed, force: proposed.force ?? NormativeForce.VOLUNTARY },
        by,
      );
      return;
    }
    case AmendmentKind.MODIFY_CLAUSE:
      await writer.addVersion(application.clause, application.content, by);
      return;
    case AmendmentKind.REMOVE_CLAUSE:
      await writer.removeClause(application.clause, by);
      return;
    case AmendmentKind.MOVE_CLAUSE:
      await writer.moveClause(application.clause, application.position, by);
      return;
  }
}
