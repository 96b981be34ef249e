import type { AmendmentStatus, VotingRoundOutcome } from '../../data/gql/graphql';

/** An amendment whose vote was suspended (its clause changed under it) and awaits a rebase. */
export const voteSuspended = (amendment: {
  status: AmendmentStatus;
  votingRounds: { outcome: VotingRoundOutcome | null }[];
}) => amendment.status === 'CONFLICT' && amendment.votingRounds.at(-1)?.outcome === 'SUSPENDED';
