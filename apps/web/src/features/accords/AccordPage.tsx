import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { AccordQuery as AccordResult } from '../../data/gql/graphql';
import { Empty } from '../../ui/Feedback';
import { OrganizationLabel } from '../../ui/OrganizationLabel';
import { groupLabels, groupOrder } from '../../ui/format';
import { CommentCountsQuery } from '../discussion/discussion.graphql';
import { FacilitatorPanel } from '../facilitation/FacilitatorPanel';
import { describeRule } from '../voting/rule-words';
import { AccordQuery, AccordViewerQuery } from './accords.graphql';
import { AmendmentLink, type AmendmentSummary, ClauseCard } from './ClauseCard';
import { PresenceList } from './PresenceList';
import { ProposalsInText } from '../proposals/ProposalsInText';

type Accord = NonNullable<AccordResult['accord']>;

const ACTIVE = new Set(['OPEN', 'VOTING', 'CONFLICT']);

export function AccordPage() {
  const { accordId = '' } = useParams();
  const { data } = useQuery(AccordQuery, {
    variables: { id: accordId },
    fetchPolicy: 'cache-first',
  });
  // Comment counts come separately so the text shows even when the discussion is unavailable.
  const counts = useQuery(CommentCountsQuery, { variables: { accordId } });
  const accord = data?.accord;
  // What this delegate may do here, as the server rules it (the text itself is shared).
  const viewer = useQuery(AccordViewerQuery, { variables: { id: accordId } }).data?.accord;
  const { hash } = useLocation();
  const [search, setSearch] = useSearchParams();
  const withProposals = search.get('view') === 'proposals';

  // A cited article's link lands on its card.
  useEffect(() => {
    if (accord && hash)
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [accord, hash]);

  // The server counts every reply, however deep, and leaves deleted comments out.
  const commentCounts = useMemo(
    () => new Map((counts.data?.accord?.amendments ?? []).map((a) => [a.id, a.commentCount])),
    [counts.data],
  );
  const clauseCommentCounts = useMemo(
    () => new Map((counts.data?.accord?.clauses ?? []).map((c) => [c.id, c.commentCount])),
    [counts.data],
  );

  const clauseNumbers = useMemo(
    () => new Map((accord?.clauses ?? []).map((c) => [c.id, c.number])),
    [accord],
  );
  if (!accord) return null;

  const active = accord.amendments.filter((a) => ACTIVE.has(a.status));
  const byClause = new Map<string, AmendmentSummary[]>();
  for (const amendment of active) {
    const key = amendment.clause?.id;
    if (!key) continue;
    byClause.set(key, [...(byClause.get(key) ?? []), amendment]);
  }
  const newClauses = active.filter((a) => a.kind === 'ADD_CLAUSE');
  const canAmend = viewer?.viewerCanAmend ?? false;

  return (
    <div className="accord-layout">
      <article className="treaty" aria-label="Accord text">
        {accord.preamble && (
          <section className="treaty__preamble" aria-label="Preamble">
            <p className="treaty__preamble-label">Preamble</p>
            <p>{accord.preamble}</p>
          </section>
        )}
        {active.length > 0 && (
          <div className="view-switch" role="group" aria-label="How to show the text">
            <button
              type="button"
              className="button button--small"
              aria-pressed={!withProposals}
              onClick={() => setSearch({}, { replace: true })}
            >
              The text
            </button>
            <button
              type="button"
              className="button button--small"
              aria-pressed={withProposals}
              onClick={() => setSearch({ view: 'proposals' }, { replace: true })}
            >
              With proposals ({active.length})
            </button>
          </div>
        )}
        {withProposals && active.length > 0 ? (
          <ProposalsInText accord={accord} />
        ) : accord.clauses.length === 0 ? (
          <Empty title="No clauses yet">
            The text starts with a proposal
            {canAmend ? (
              <>
                :{' '}
                <Link to={`/accords/${accord.id}/propose?kind=ADD_CLAUSE`}>
                  propose the first clause
                </Link>
              </>
            ) : (
              ' from a party'
            )}
            .
          </Empty>
        ) : (
          <ol className="clauses">
            {accord.clauses.map((clause) => (
              <ClauseCard
                key={clause.id}
                accordId={accord.id}
                clause={clause}
                amendments={byClause.get(clause.id) ?? []}
                commentCounts={commentCounts}
                clauseCommentCount={clauseCommentCounts.get(clause.id)}
                canAmend={canAmend}
              />
            ))}
          </ol>
        )}
        {!withProposals && newClauses.length > 0 && (
          <section className="proposed-clauses" aria-labelledby="proposed-title">
            <h2 id="proposed-title" className="section-title">
              Proposed new clauses
            </h2>
            <ul className="amendment-list">
              {newClauses.map((amendment) => (
                <AmendmentLink
                  key={amendment.id}
                  accordId={accord.id}
                  amendment={amendment}
                  comments={commentCounts.get(amendment.id)}
                />
              ))}
            </ul>
          </section>
        )}
        {canAmend && (
          <p className="treaty__actions">
            <Link className="button" to={`/accords/${accord.id}/propose?kind=ADD_CLAUSE`}>
              Propose a new clause
            </Link>
          </p>
        )}
      </article>
      <aside className="side" aria-label="About this negotiation">
        <PresenceList clauseNumbers={clauseNumbers} />
        <section className="side-section" aria-labelledby="rule-title">
          <h2 id="rule-title" className="side-title">
            Decision rule
          </h2>
          <p>{describeRule(accord.rule)}</p>
        </section>
        <Participants accord={accord} />
        {viewer?.viewerIsFacilitator && <FacilitatorPanel accord={accord} />}
      </aside>
    </div>
  );
}

function Participants({ accord }: { accord: Accord }) {
  const groups = groupOrder
    .map((group) => ({
      group,
      members: accord.participants.filter((p) => p.organization.group === group),
    }))
    .filter((g) => g.members.length > 0);
  return (
    <section className="side-section" aria-labelledby="participants-title">
      <h2 id="participants-title" className="side-title">
        Participants
      </h2>
      {groups.length === 0 ? (
        <p className="muted">No organizations have been invited yet.</p>
      ) : (
        groups.map(({ group, members }) => (
          <div key={group} className="chamber-list">
            <h3 className="chamber-list__title">{groupLabels[group]}</h3>
            <ul>
              {members.map((p) => (
                <li key={p.organization.id}>
                  <OrganizationLabel organization={p.organization} compact />
                  {p.role === 'OBSERVER' && <span className="muted"> · observer</span>}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
