import type { AccordWrite } from '../accord-log/accord-write.js';
import type { AmendmentEntity } from './amendment.entity.js';
import type { StaleAmendment } from './examine-amendment.js';

/**
 * What drafting asks of the vote running on an amendment when the amendment or its clause
 * changes under it, inside the same write. Voting sits above drafting and provides it (see
 * voting's RunningVoteModule): drafting never imports voting.
 */
export abstract class RunningVote {
  /** The author withdrew the amendment: its vote ends there, undecided, its ballots kept. */
  abstract withdraw(write: AccordWrite, amendment: AmendmentEntity): Promise<void>;

  /** The clause changed and the amendment no longer applies: its vote is suspended. */
  abstract suspend(
    write: AccordWrite,
    amendment: AmendmentEntity,
    stale: StaleAmendment,
    actorId: string | null,
  ): Promise<void>;
}
