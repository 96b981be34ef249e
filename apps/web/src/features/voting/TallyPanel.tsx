import { useId } from 'react';
import { formatNumber, groupLabels } from '../../ui/format';
import {
  type ChamberView,
  describeChambers,
  inGroupOrder,
  quorumProgress,
  type RuleView,
} from './rule-words';
import { SealedTallyPanel, SmallChamberNotice } from './SealedTallyPanel';
import './voting.css';

export interface TallyView {
  /** A secret ballot not yet closed: counts and outcome are null, turnout only. */
  sealed?: boolean;
  for: number | null;
  against: number | null;
  abstain: number | null;
  eligible: number;
  cast: number;
  passed: boolean | null;
  quorumMet?: boolean;
  explanation: string;
  chambers: ChamberView[];
}

/**
 * The live count: overall bar, one chart per stakeholder chamber, the rule in words and the
 * server's own explanation of the outcome "if the vote closed now".
 */
export function TallyPanel({
  tally,
  rule,
  closed = false,
  title,
  verdict,
}: {
  tally: TallyView;
  rule: RuleView;
  closed?: boolean;
  /** Instead of "Result" / "Live tally" (e.g. for an earlier round). */
  title?: string;
  /** Instead of the outcome in words (e.g. "Suspended"). */
  verdict?: string;
}) {
  const titleId = useId();
  if (tally.sealed) return <SealedTallyPanel tally={tally} rule={rule} />;
  const chambers = inGroupOrder(tally.chambers);
  const quorum = quorumProgress(rule, tally);
  const showChambers = chambers.length > 0;
  return (
    <section className="tally" aria-labelledby={titleId} data-testid="tally">
      <div className="tally__head">
        <h2 id={titleId} className="section-title">
          {title ?? (closed ? 'Result' : 'Live tally')}
        </h2>
        <p
          className={`outcome outcome--${tally.passed ? 'pass' : 'fail'}`}
          data-testid="tally-outcome"
        >
          {verdict ??
            (closed
              ? tally.passed
                ? 'Adopted'
                : 'Not adopted'
              : tally.passed
                ? 'Would pass now'
                : 'Would not pass now')}
        </p>
      </div>
      <p className="tally__explanation" data-testid="tally-explanation">
        {tally.explanation}
      </p>
      <VoteBar
        label="All parties"
        forVotes={tally.for ?? 0}
        against={tally.against ?? 0}
        abstain={tally.abstain ?? 0}
      />
      <p className="hint">{quorum.text}</p>
      {showChambers && (
        <>
          <h3 className="tally__subtitle">By stakeholder chamber</h3>
          <p className="hint" data-testid="tally-chambers-words">
            {describeChambers(rule, chambers)}
          </p>
          <ul className="chambers">
            {chambers.map((chamber) => (
              <li key={chamber.group} className="chamber" data-testid={`chamber-${chamber.group}`}>
                <ChamberChart chamber={chamber} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ChamberChart({ chamber }: { chamber: ChamberView }) {
  // Not sealed, so the counts are there.
  const [forVotes, against, abstain] = [
    chamber.for ?? 0,
    chamber.against ?? 0,
    chamber.abstain ?? 0,
  ];
  const voted = chamber.voted ?? forVotes + against + abstain;
  // Weighted votes are not head counts: the bar then shows shares of the weighted votes only.
  const notVoted = Math.max(chamber.eligible - voted, 0);
  return (
    <>
      <div className="chamber__head">
        <span className="chamber__name">{groupLabels[chamber.group]}</span>
        <span className={`chamber__verdict chamber__verdict--${chamber.passed ? 'pass' : 'fail'}`}>
          {chamber.passed ? 'passes' : 'does not pass'}
        </span>
      </div>
      <VoteBar
        label={groupLabels[chamber.group]}
        forVotes={forVotes}
        against={against}
        abstain={abstain}
        notVoted={notVoted}
      />
      <p className="chamber__counts">
        {formatNumber(forVotes)} for · {formatNumber(against)} against · {formatNumber(abstain)}{' '}
        abstain · {voted} of {chamber.eligible} voted
        {chamber.quorumMet === false && ' · quorum not met'}
      </p>
      {chamber.revealsVotes && <SmallChamberNotice sealed={false} />}
    </>
  );
}

/** A horizontal stacked bar with a text equivalent; patterns keep it readable without colour. */
function VoteBar({
  label,
  forVotes,
  against,
  abstain,
  notVoted = 0,
}: {
  label: string;
  forVotes: number;
  against: number;
  abstain: number;
  notVoted?: number;
}) {
  const total = forVotes + against + abstain + notVoted;
  const pct = (n: number) => (total > 0 ? `${(n / total) * 100}%` : '0%');
  const summary = `${label}: ${formatNumber(forVotes)} for, ${formatNumber(against)} against, ${formatNumber(abstain)} abstaining${notVoted ? `, ${formatNumber(notVoted)} not yet voted` : ''}`;
  return (
    <div className="votebar" role="img" aria-label={summary}>
      {total === 0 ? (
        <span className="votebar__empty">No votes yet</span>
      ) : (
        <>
          <span className="votebar__seg votebar__seg--for" style={{ width: pct(forVotes) }} />
          <span className="votebar__seg votebar__seg--against" style={{ width: pct(against) }} />
          <span className="votebar__seg votebar__seg--abstain" style={{ width: pct(abstain) }} />
          <span className="votebar__seg votebar__seg--none" style={{ width: pct(notVoted) }} />
        </>
      )}
    </div>
  );
}

export function TallyLegend({ sealed = false }: { sealed?: boolean }) {
  if (sealed)
    return (
      <p className="legend" aria-hidden="true">
        <span className="legend__key legend__key--voted" /> Voted
        <span className="legend__key legend__key--none" /> Not yet voted
      </p>
    );
  return (
    <p className="legend" aria-hidden="true">
      <span className="legend__key legend__key--for" /> For
      <span className="legend__key legend__key--against" /> Against
      <span className="legend__key legend__key--abstain" /> Abstain
      <span className="legend__key legend__key--none" /> Not yet voted
    </p>
  );
}
