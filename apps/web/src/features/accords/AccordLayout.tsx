import { useQuery } from '@apollo/client/react';
import { NavLink, Outlet, useParams } from 'react-router';
import { errorCode } from '../../data/errors';
import { LiveAccordProvider, useLiveAccord } from '../../data/live';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { ruleLabels } from '../../ui/format';
import { AccordQuery, AccordViewerQuery } from './accords.graphql';
import { applyAccordEvent } from './live-events';
import { ProposalWindowNotice } from '../proposal-window/ProposalWindowNotice';
import { SearchForm } from '../search/SearchForm';
import { SuspendedVotes } from './SuspendedVotes';
import './accord-frame.css';

/** The frame of every accord page: title, tabs, live connection and who is here. */
export function AccordLayout() {
  const { accordId = '' } = useParams();
  const { data, error, refetch } = useQuery(AccordQuery, { variables: { id: accordId } });
  // Watched on every page of the accord, so the events that change it fetch it again.
  const viewer = useQuery(AccordViewerQuery, { variables: { id: accordId } }).data?.accord;

  if (!data) {
    if (error) {
      return (
        <div className="page">
          {errorCode(error) === 'NOT_FOUND' ? (
            <Empty title="This accord is not available">
              It does not exist, or your organization is not taking part in it.
            </Empty>
          ) : (
            <ErrorNotice error={error} retry={() => void refetch()} />
          )}
        </div>
      );
    }
    return (
      <div className="page">
        <Loading label="Loading the accord…" />
      </div>
    );
  }
  const accord = data.accord;
  if (!accord)
    return (
      <div className="page">
        <Empty title="This accord is not available" />
      </div>
    );

  return (
    <LiveAccordProvider
      accordId={accord.id}
      initialSeq={accord.lastSeq}
      applyEvent={applyAccordEvent}
    >
      <div className="accord-frame">
        <div className="accord-head">
          <div className="accord-head__title">
            <p className="eyebrow">
              {ruleLabels[accord.rule.kind]}
              {accord.rule.secretBallot ? ' · secret ballot' : ''}
            </p>
            <h1>{accord.title}</h1>
          </div>
          <LiveStatus />
        </div>
        <nav className="tabs" aria-label="Accord">
          <NavLink to={`/accords/${accord.id}`} end>
            Text
          </NavLink>
          {viewer?.viewerCanAmend && (
            <NavLink to={`/accords/${accord.id}/propose`}>Propose</NavLink>
          )}
          <NavLink to={`/accords/${accord.id}/incidents`}>Incidents</NavLink>
          <NavLink to={`/accords/${accord.id}/history`}>History</NavLink>
          <NavLink to={`/accords/${accord.id}/compare`}>Compare</NavLink>
          <NavLink to={`/accords/${accord.id}/print`}>Print</NavLink>
          <NavLink to={`/accords/${accord.id}/signatories`}>Signatories</NavLink>
          <SearchForm
            key={accord.id}
            accordId={accord.id}
            label="Search this accord"
            className="tabs__search"
          />
        </nav>
        <ProposalWindowNotice accord={accord} />
        <SuspendedVotes accordId={accord.id} amendments={accord.amendments} />
        <Outlet />
      </div>
    </LiveAccordProvider>
  );
}

function LiveStatus() {
  const { status, notice, presence } = useLiveAccord();
  const label = status === 'live' ? 'Live' : status === 'offline' ? 'Offline' : 'Reconnecting';
  return (
    <div className="live">
      <p
        className={`live__status live__status--${status}`}
        data-testid="live-status"
        data-status={status}
      >
        <span className="live__dot" aria-hidden="true" />
        {label}
        {presence.length > 0 && (
          <span className="live__count">
            {' · '}
            {presence.length} here
          </span>
        )}
      </p>
      <p className="live__notice" role="status" aria-live="polite" data-testid="live-notice">
        {notice ?? ''}
      </p>
    </div>
  );
}
