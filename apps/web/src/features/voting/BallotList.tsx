import type { BallotChoice, StakeholderGroup } from '../../data/gql/graphql';
import { choiceLabels, formatDateTime, groupLabels } from '../../ui/format';
import './voting.css';

export interface RecordedBallot {
  choice: BallotChoice;
  explanation: string | null;
  organization: { id: string; name: string; group: StakeholderGroup };
  /** What the party cast before, in this vote, oldest first. */
  changes: { choice: BallotChoice; explanation: string | null; castAt: string }[];
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
            {ballot.changes.length > 0 && (
              <details className="ballot__changes" data-testid="ballot-changes">
                <summary>
                  Changed {ballot.changes.length === 1 ? 'once' : `${ballot.changes.length} times`}
                </summary>
                <ol>
                  {ballot.changes.map((change, i) => (
                    <li key={i}>
                      {choiceLabels[change.choice]} on {formatDateTime(change.castAt)}, then{' '}
                      {choiceLabels[(ballot.changes[i + 1] ?? ballot).choice]}
                      {change.explanation && (
                        <span className="muted"> (had explained: “{change.explanation}”)</span>
                      )}
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
