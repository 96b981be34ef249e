import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { AccordQuery as AccordResult } from '../../data/gql/graphql';
import { kindLabels } from '../../ui/format';
import { quorumProgress } from '../voting/rule-words';
import { VotingDeadline } from '../voting/VotingDeadline';
import { DecisionRuleEditor } from './DecisionRuleEditor';
import { AddParticipantForm } from './AddParticipantForm';
import { VotesInProgressQuery } from './facilitation.graphql';
import { ProposalWindowForm } from '../proposal-window/ProposalWindowForm';
import { RenumberText } from './RenumberText';
import './facilitation.css';

type Accord = NonNullable<AccordResult['accord']>;

/** The secretariat's desk: invite participants, follow the votes in progress, renumber. */
export function FacilitatorPanel({ accord }: { accord: Accord }) {
  return (
    <section className="side-section facilitator" aria-labelledby="facilitator-title">
      <h2 id="facilitator-title" className="side-title">
        Facilitator
      </h2>
      <VotesInProgress accord={accord} />
      <DecisionRuleEditor accord={accord} />
      <ProposalWindowForm accord={accord} />
      <RenumberText accord={accord} />
      <AddParticipantForm accord={accord} />
    </section>
  );
}

function VotesInProgress({ accord }: { accord: Accord }) {
  const { data } = useQuery(VotesInProgressQuery, { variables: { accordId: accord.id } });
  const votes = data?.accord?.amendments ?? [];
  if (votes.length === 0) return <p className="muted">No vote is open.</p>;
  return (
    <ul className="quorum-list">
      {votes.map((amendment) => {
        const progress = quorumProgress(accord.rule, amendment.tally);
        const ratio = amendment.tally.eligible
          ? amendment.tally.cast / amendment.tally.eligible
          : 0;
        return (
          <li key={amendment.id}>
            <Link to={`/accords/${accord.id}/amendments/${amendment.id}`}>
              {kindLabels[amendment.kind]}
              {amendment.clause ? `, article ${amendment.clause.number}` : ''}
              {amendment.newArticle ? `, article ${amendment.newArticle.number}` : ''}
            </Link>
            <div
              className="meter"
              role="meter"
              aria-valuemin={0}
              aria-valuemax={amendment.tally.eligible}
              aria-valuenow={amendment.tally.cast}
              aria-label="Parties that have voted"
            >
              <span className="meter__fill" style={{ width: `${Math.round(ratio * 100)}%` }} />
              {progress.needed > 0 && (
                <span
                  className="meter__mark"
                  style={{
                    left: `${Math.round((progress.needed / Math.max(amendment.tally.eligible, 1)) * 100)}%`,
                  }}
                />
              )}
            </div>
            <p className="hint">{progress.text}</p>
            <VotingDeadline status="VOTING" closesAt={amendment.closesAt} />
          </li>
        );
      })}
    </ul>
  );
}
