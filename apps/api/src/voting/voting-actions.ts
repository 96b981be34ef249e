import { AmendmentStatus } from '@plenary/contracts';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

/**
 * Why the caller may not open the vote on the amendment, or null when he may: the rule of
 * openVoting, also asked by `Amendment.viewerCanOpenVoting`.
 */
export function openVotingRefusal(
  amendment: { status: AmendmentStatus },
  isFacilitator: boolean,
): DomainError | null {
  if (!isFacilitator) {
    return new DomainError(
      DomainErrorCode.NOT_THE_FACILITATOR,
      'Only the facilitator can open a vote',
    );
  }
  if (amendment.status === AmendmentStatus.CONFLICT) {
    return new DomainError(
      DomainErrorCode.AMENDMENT_IN_CONFLICT,
      'This amendment no longer applies to the current text of its clause: its author must rebase it before it can be put to the vote',
    );
  }
  if (amendment.status !== AmendmentStatus.OPEN) {
    return new DomainError(
      amendment.status === AmendmentStatus.VOTING
        ? DomainErrorCode.VOTING_ALREADY_OPENED
        : DomainErrorCode.AMENDMENT_NOT_OPEN,
      amendment.status === AmendmentStatus.VOTING
        ? 'Voting on this amendment is already open'
        : `The amendment is ${amendment.status.toLowerCase()}; only an open amendment can be put to the vote`,
    );
  }
  return null;
}

/**
 * Why the caller may not close the vote on the amendment, or null when he may: the rule of
 * closeVoting, also asked by `Amendment.viewerCanCloseVoting`.
 */
export function closeVotingRefusal(
  amendment: { status: AmendmentStatus },
  isFacilitator: boolean,
): DomainError | null {
  if (!isFacilitator)
    return new DomainError(
      DomainErrorCode.NOT_THE_FACILITATOR,
      'Only the facilitator can close a vote',
    );
  if (amendment.status !== AmendmentStatus.VOTING) {
    return new DomainError(
      DomainErrorCode.AMENDMENT_NOT_VOTING,
      'This amendment is not being voted on',
    );
  }
  return null;
}

/**
 * Why no ballot may be cast on the amendment now, or null while its vote runs: the rule of
 * castBallot (beside who may cast it), also asked by `Amendment.viewerCanVote`.
 */
export function ballotRefusal(
  vote: { status: AmendmentStatus; closesAt: Date | null },
  now: Date,
): DomainError | null {
  if (vote.status !== AmendmentStatus.VOTING) {
    return new DomainError(DomainErrorCode.VOTING_CLOSED, 'This amendment is not being voted on');
  }
  if (vote.closesAt && vote.closesAt.getTime() <= now.getTime()) {
    return new DomainError(DomainErrorCode.VOTING_CLOSED, 'The vote has closed');
  }
  return null;
}
