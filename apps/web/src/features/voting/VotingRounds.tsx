import type { AmendmentQuery, VotingRoundOutcome } from '../../data/gql/graphql';
import { formatDateTime } from '../../ui/format';
import { asSentence, conflictWords } from '../amendments/conflict-words';
import { BallotList } from './BallotList';
import type { RuleView } from './rule-words';
import { TallyPanel } from './TallyPanel';
import './voting.css';

type Round = NonNullable<AmendmentQuery['amendment']>['votingRounds'][number];

const outcomeLabels: Record<VotingRoundOutcome, string> = {
  ADOPTED: 'Adopted',
  REJECTED: 'Not adopted',
  SUSPENDED: 'Suspended',
  WITHDRAWN: 'Withdrawn',
};

/**
 * Votes already held on an amendment, each with its final tally and recorded votes: a vote
 * suspended when the clause changed, or ended by a withdrawal, stays visible for good.
 */
export function VotingRounds({
  rounds,
  rule,
  clauseNumber,
}: {
  rounds: Round[];
  rule: RuleView;
  clauseNumber: string | undefined;
}) {
  if (rounds.length === 0) return null;
  return (
    <section className="card rounds" aria-label="Votes held" data-testid="voting-rounds">
      <h2 className="section-title">{rounds.length === 1 ? 'Vote held' : 'Votes held'}</h2>
      <ol className="rounds__list">
        {rounds.map((round) => (
          <li key={round.number} className="rounds__item" data-testid="voting-round">
            <p className="meta">
              Round {round.number}: opened {formatDateTime(round.openedAt)}
              {round.endedAt &&
                `, ${round.outcome === 'SUSPENDED' ? 'suspended' : 'ended'} ${formatDateTime(round.endedAt)}`}
              .
            </p>
            {round.suspendedBecause && (
              <p className="notice notice--warn" data-testid="suspension-reason">
                {asSentence(conflictWords(round.suspendedBecause, clauseNumber))} The vote was
                suspended, not counted; the ballots cast are kept here.
              </p>
            )}
            {round.tally && (
              <TallyPanel
                tally={round.tally}
                rule={rule}
                closed
                title={
                  round.outcome === 'SUSPENDED' || round.outcome === 'WITHDRAWN'
                    ? `Round ${round.number}: the tally when it stopped`
                    : `Round ${round.number}`
                }
                verdict={round.outcome ? outcomeLabels[round.outcome] : undefined}
              />
            )}
            <BallotList
              ballots={round.ballots}
              secret={rule.secretBallot === true}
              title={`Recorded votes, round ${round.number}`}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
