import type { BallotChoice, StakeholderGroup } from '../../data/gql/graphql';
import { choiceLabels, groupLabels } from '../../ui/format';
import './voting.css';

export interface RecordedBallot {
  choice: BallotChoice;
  explanation: string | null;
  organization: { id: string; name: string; group: StakeholderGroup };
}

/** The recorded votes of a vote (public ballots): each party's choice and explanation. */
export function BallotList({
  ballots,
  secret,
  sealed = false,
  title = 'Recorded votes',
}: {
  ballots: RecordedBallot[];
  secret: boolean;
  /** A secret vote still open: not even the counts are public yet. */
  sealed?: boolean;
  title?: string;
}) {
  if (secret && ballots.length === 0)
    return (
      <p className="hint">
        Secret ballot: who voted what is never shown
        {sealed ? '; until the vote closes, only turnout is.' : '.'}
      </p>
    );
  if (ballots.length === 0) return null;
  return (
    <section aria-label={title} className="ballots">
      <h3 className="tally__subtitle">{title}</h3>
      <ul>
        {ballots.map((ballot) => (
          <li key={ballot.organization.id} data-testid="ballot">
            <span className={`choice-tag choice-tag--${ballot.choice.toLowerCase()}`}>
              {choiceLabels[ballot.choice]}
            </span>{' '}
            <strong>{ballot.organization.name}</strong>{' '}
            <span className="muted">({groupLabels[ballot.organization.group]})</span>
            {ballot.explanation && <p className="ballot__explanation">“{ballot.explanation}”</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
