import type { AccordEventType } from '@plenary/contracts';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';

/**
 * The events that change the text or its way to change (drafting, voting, co-sponsoring, the
 * rule and the proposal window). Once an accord's text is declared final, its log takes none of
 * them: later changes need a new version of the accord. Comments, participants, milestones,
 * signatures and reports go on.
 */
export const TEXT_EVENT_TYPES: ReadonlySet<AccordEventType> = new Set<AccordEventType>([
  'accord.ruleChanged',
  'accord.proposalWindowSet',
  'amendment.proposed',
  'amendment.withdrawn',
  'amendment.rebased',
  'amendment.conflicted',
  'amendment.reexamined',
  'amendment.cosponsorInvited',
  'amendment.cosponsorAnswered',
  'amendment.supported',
  'amendment.supportWithdrawn',
  'voting.opened',
  'ballot.cast',
  'voting.closed',
  'voting.suspended',
  'clause.versioned',
  'clause.removed',
  'clause.moved',
  'clauses.renumbered',
]);

export const textFrozen = () =>
  new DomainError(
    DomainErrorCode.ACCORD_TEXT_FINAL,
    'The text of this accord was declared final: it can no longer be amended, voted on or co-sponsored. Changes need a new version of the accord.',
  );
