import { AmendmentKind, AmendmentStatus } from '@plenary/contracts';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { changeOf, type ModifyChange, type StoredAmendment } from './amendment-change.js';

/** An amendment as far as what its author may do with it depends on it. */
interface AuthoredAmendment {
  authorId: string;
  kind: AmendmentKind;
  status: AmendmentStatus;
}

const UNDECIDED = [AmendmentStatus.OPEN, AmendmentStatus.VOTING, AmendmentStatus.CONFLICT];

/**
 * Why `callerId` may not withdraw the amendment, or null when he may: the rule of
 * withdrawAmendment, also asked by `Amendment.viewerCanWithdraw`.
 */
export function withdrawRefusal(
  amendment: AuthoredAmendment,
  callerId: string,
): DomainError | null {
  if (amendment.authorId !== callerId) {
    return new DomainError(
      DomainErrorCode.NOT_THE_AUTHOR,
      'Only the author can withdraw this amendment',
    );
  }
  if (!UNDECIDED.includes(amendment.status)) {
    return new DomainError(
      DomainErrorCode.AMENDMENT_NOT_OPEN,
      `The amendment is already ${amendment.status.toLowerCase()}`,
    );
  }
  return null;
}

/**
 * What `callerId` may rebase on the current text of its clause: the amendment's change when he
 * may (its author; a MODIFY_CLAUSE amendment, open or in conflict), else why not. The rule of
 * rebaseAmendment, also asked by `Amendment.viewerCanRebase`; the clause's own state is
 * `removedClauseRefusal`'s, once the clause is read.
 */
export function rebasableChange(
  amendment: AuthoredAmendment & StoredAmendment,
  callerId: string,
): ModifyChange | DomainError {
  if (amendment.authorId !== callerId) {
    return new DomainError(
      DomainErrorCode.NOT_THE_AUTHOR,
      'Only the author can rebase this amendment',
    );
  }
  const change = changeOf(amendment);
  if (change.kind !== AmendmentKind.MODIFY_CLAUSE) {
    return new DomainError(
      DomainErrorCode.INVALID_INPUT,
      'Only MODIFY_CLAUSE amendments carry text to rebase',
    );
  }
  if (amendment.status !== AmendmentStatus.CONFLICT && amendment.status !== AmendmentStatus.OPEN) {
    // Text is frozen once voting opened: ballots must be about the text as it was.
    return new DomainError(
      DomainErrorCode.AMENDMENT_NOT_IN_CONFLICT,
      'Only an open or conflicting amendment can be rebased',
    );
  }
  return change;
}

/** Why an amendment to this clause may not be rebased (it was removed), or null. */
export function removedClauseRefusal(clause: { removedAt: Date | null }): DomainError | null {
  return clause.removedAt
    ? new DomainError(DomainErrorCode.CLAUSE_REMOVED, 'This clause has been removed')
    : null;
}
