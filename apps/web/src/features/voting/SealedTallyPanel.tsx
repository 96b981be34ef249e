import { groupLabels } from '../../ui/format';
import { type ChamberView, inGroupOrder, quorumProgress, type RuleView } from './rule-words';
import './voting.css';

/** What a sealed tally carries: turnout, overall and per chamber. */
interface TurnoutView {
  cast: number;
  eligible: number;
  quorumMet?: boolean;
  explanation: string;
  chambers: ChamberView[];
}

/**
 * A secret ballot before its close: how many parties of each chamber have voted, nothing more.
 * The API sends no counts then; this view never guesses any.
 */
export function SealedTallyPanel({ tally, rule }: { tally: TurnoutView; rule: RuleView }) {
  const chambers = inGroupOrder(tally.chambers);
  return (
    <section className="tally" aria-labelledby="tally-title" data-testid="tally" data-sealed="true">
      <div className="tally__head">
        <h2 id="tally-title" className="section-title">
          Turnout
        </h2>
        <p className="outcome outcome--sealed" data-testid="tally-outcome">
          Sealed until the close
        </p>
      </div>
      <p className="tally__explanation" data-testid="tally-explanation">
        {tally.explanation}
      </p>
      <TurnoutBar label="All parties" voted={tally.cast} eligible={tally.eligible} />
      {/* The explanation already gives the turnout; the quorum, if any, is news. */}
      {rule.quorum ? <p className="hint">{quorumProgress(rule, tally).text}</p> : null}
      {chambers.length > 0 && (
        <>
          <h3 className="tally__subtitle">Turnout by stakeholder chamber</h3>
          <ul className="chambers">
            {chambers.map((chamber) => {
              const voted = chamber.voted ?? 0;
              return (
                <li
                  key={chamber.group}
                  className="chamber"
                  data-testid={`chamber-${chamber.group}`}
                >
                  <div className="chamber__head">
                    <span className="chamber__name">{groupLabels[chamber.group]}</span>
                  </div>
                  <TurnoutBar
                    label={groupLabels[chamber.group]}
                    voted={voted}
                    eligible={chamber.eligible}
                  />
                  <p className="chamber__counts">
                    {voted} of {chamber.eligible} voted
                    {chamber.quorumMet === false && ' · quorum not met'}
                  </p>
                  {chamber.revealsVotes && <SmallChamberNotice sealed />}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** Beside a chamber of one or two parties under a secret ballot. */
export function SmallChamberNotice({ sealed }: { sealed: boolean }) {
  return (
    <p className="chamber__notice" data-testid="small-chamber-notice">
      {sealed
        ? 'Fewer than three parties: when the vote closes, this chamber’s count will show how its parties voted.'
        : 'Fewer than three parties: this count shows how its parties voted.'}
    </p>
  );
}

function TurnoutBar({
  label,
  voted,
  eligible,
}: {
  label: string;
  voted: number;
  eligible: number;
}) {
  const share = eligible > 0 ? `${(voted / eligible) * 100}%` : '0%';
  return (
    <div className="votebar" role="img" aria-label={`${label}: ${voted} of ${eligible} voted`}>
      {voted === 0 ? (
        <span className="votebar__empty">No votes yet</span>
      ) : (
        <span className="votebar__seg votebar__seg--voted" style={{ width: share }} />
      )}
    </div>
  );
}
