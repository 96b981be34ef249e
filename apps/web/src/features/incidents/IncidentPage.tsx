import { useQuery } from '@apollo/client/react';
import { summarizeVerdicts } from '@plenary/contracts';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorCode } from '../../data/errors';
import type {
  IncidentPageQuery as IncidentPageData,
  StakeholderGroup,
} from '../../data/gql/graphql';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { formatDateTime, groupLabels, groupOrder } from '../../ui/format';
import { OrganizationLabel } from '../../ui/OrganizationLabel';
import { AssessIncidentForm } from './AssessIncidentForm';
import { IncidentPageQuery } from './incidents.graphql';
import { ReviseIncidentForm } from './ReviseIncidentForm';
import { formatPartialDate } from '@plenary/contracts';
import {
  attributionHints,
  attributionLabels,
  incidentDates,
  isUrl,
  responseLabels,
  revisionWords,
  verdictLabels,
} from './incident-words';
import './incidents.css';

type Incident = NonNullable<IncidentPageData['incident']>;
type Assessment = Incident['assessments'][number];

/** Governments, companies and civil society always have a column; other groups when they assessed. */
const CORE_GROUPS: StakeholderGroup[] = ['GOVERNMENT', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY'];

/**
 * One incident: its facts, the actors alleged and how firmly, the response recorded, and the
 * assessments against each article side by side by stakeholder group, where they disagree marked.
 */
export function IncidentPage() {
  const { accordId = '', incidentId = '' } = useParams();
  const { hash } = useLocation();
  const { data, error } = useQuery(IncidentPageQuery, { variables: { id: incidentId, accordId } });
  const incident = data?.incident;
  // A matrix cell links to its article's assessments: bring them into view once drawn.
  useEffect(() => {
    if (incident && hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [incident, hash]);
  if (!data) {
    if (error)
      return errorCode(error) === 'NOT_FOUND' ? (
        <Empty title="This incident is not available" />
      ) : (
        <ErrorNotice error={error} />
      );
    return <Loading label="Loading the incident…" />;
  }
  if (!incident || !data.accord) return <Empty title="This incident is not available" />;
  const clauses = data.accord.clauses;
  const byClause = new Map<string, Assessment[]>();
  for (const a of incident.assessments) {
    if (!a.clause) continue;
    byClause.set(a.clause.id, [...(byClause.get(a.clause.id) ?? []), a]);
  }
  const assessed = clauses.filter((c) => byClause.has(c.id));
  // Assessments against norms, grouped by framework then norm, in the frameworks' order.
  const byNorm = new Map<string, Assessment[]>();
  for (const a of incident.assessments) {
    if (!a.norm) continue;
    byNorm.set(a.norm.id, [...(byNorm.get(a.norm.id) ?? []), a]);
  }
  const assessedFrameworks = data.frameworks
    .map((f) => ({ ...f, norms: f.norms.filter((n) => byNorm.has(n.id)) }))
    .filter((f) => f.norms.length > 0);

  return (
    <article className="page page--wide incident" aria-labelledby="incident-title">
      <p className="eyebrow">
        <Link to={`/accords/${accordId}/incidents`}>Incidents</Link>
      </p>
      <h2 id="incident-title" className="page-subtitle">
        {incident.name}
      </h2>
      <p className="meta">
        {incidentDates(incident.startedOn, incident.endedOn)} · recorded for{' '}
        {incident.recordedFor.name} on {formatDateTime(incident.recordedAt)}
        {incident.revision > 1 && ` · revision ${incident.revision}`}
      </p>
      <p className="incident__caution" role="note">
        This incident predates the accord: each assessment says whether it <em>would have</em>{' '}
        breached the article as it now reads.
      </p>
      <p className="incident__description">{incident.description}</p>

      <div className="incident__facts">
        <section aria-labelledby="actors-title">
          <h3 id="actors-title" className="section-title">
            Actors alleged
          </h3>
          {incident.actors.length === 0 ? (
            <p className="muted">None named.</p>
          ) : (
            <ul className="incident__actors">
              {incident.actors.map((actor) => (
                <li key={actor.name}>
                  <strong>{actor.name}</strong>{' '}
                  <span
                    className={`attribution attribution--${actor.attribution.toLowerCase()}`}
                    title={attributionHints[actor.attribution]}
                  >
                    {attributionLabels[actor.attribution]}
                  </span>
                  {actor.note && <span className="meta"> — {actor.note}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="responses-title">
          <h3 id="responses-title" className="section-title">
            Response of the international community
          </h3>
          {incident.responses.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <ol className="incident__responses" data-testid="incident-responses">
              {incident.responses.map((r, i) => (
                <li key={i}>
                  <strong>{responseLabels[r.kind]}</strong> — {r.by}
                  {r.on && `, ${formatPartialDate(r.on)}`}: {r.description}
                  {r.source && (
                    <>
                      {' '}
                      <Source text={r.source} />
                    </>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
        {incident.sources.length > 0 && (
          <section aria-labelledby="sources-title">
            <h3 id="sources-title" className="section-title">
              Sources
            </h3>
            <ul className="incident__sources">
              {incident.sources.map((s) => (
                <li key={s}>
                  <Source text={s} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>

      {incident.viewerCanRevise && <ReviseIncidentForm incident={incident} />}

      <section aria-labelledby="assessments-title" className="incident__assessments">
        <h3 id="assessments-title" className="section-title">
          Assessments by stakeholder group
        </h3>
        {assessed.length === 0 && assessedFrameworks.length === 0 && (
          <p className="muted">No organization has assessed it yet.</p>
        )}
        {assessed.map((clause) => (
          <ClauseAssessments
            key={clause.id}
            target={{
              id: clause.id,
              title: `Article ${clause.number}${clause.current.heading ? ` — ${clause.current.heading}` : ''}`,
              short: `article ${clause.number}`,
            }}
            assessments={byClause.get(clause.id) ?? []}
          />
        ))}
        {assessedFrameworks.map((framework) => (
          <section
            key={framework.id}
            aria-labelledby={`framework-${framework.id}-title`}
            data-testid="framework-assessments"
          >
            <h4 id={`framework-${framework.id}-title`}>
              Against the norms of {framework.shortName}
            </h4>
            {framework.norms.map((norm) => (
              <ClauseAssessments
                key={norm.id}
                target={{
                  id: norm.id,
                  title: `${framework.shortName} ${norm.key}${norm.title ? ` — ${norm.title}` : ''}`,
                  short: `norm ${norm.key}`,
                }}
                assessments={byNorm.get(norm.id) ?? []}
              />
            ))}
          </section>
        ))}
      </section>
      {data.accord.viewerAssessingOrganizations.length > 0 && (
        <AssessIncidentForm
          incidentId={incident.id}
          organizations={data.accord.viewerAssessingOrganizations}
          clauses={clauses.map((c) => ({ id: c.id, number: c.number, heading: c.current.heading }))}
          frameworks={data.frameworks}
          current={incident.assessments.map((a) => ({
            organizationId: a.organization.id,
            targetId: a.clause?.id ?? a.norm?.id ?? '',
            verdict: a.verdict,
            reasoning: a.reasoning,
          }))}
        />
      )}
    </article>
  );
}

function Source({ text }: { text: string }) {
  return isUrl(text) ? (
    <a href={text} rel="noreferrer noopener" target="_blank">
      {text}
    </a>
  ) : (
    <cite>{text}</cite>
  );
}

/** The assessments against one article or one norm, by stakeholder group. */
function ClauseAssessments({
  target: clause,
  assessments,
}: {
  target: { id: string; title: string; short: string };
  assessments: Assessment[];
}) {
  const summary = summarizeVerdicts(
    assessments.map((a) => ({ verdict: a.verdict, group: a.organization.group })),
  );
  const groups = groupOrder.filter(
    (g) => CORE_GROUPS.includes(g) || assessments.some((a) => a.organization.group === g),
  );
  const titleId = `assessments-${clause.id}-title`;
  return (
    <section
      id={`assessments-${clause.id}`}
      className={`clause-assessments${summary.groupsDisagree ? ' clause-assessments--disagree' : ''}`}
      aria-labelledby={titleId}
      data-testid="clause-assessments"
      tabIndex={-1}
    >
      <h4 id={titleId}>{clause.title}</h4>
      <p className="meta">
        {summary.breached} of {summary.total} find a breach · {summary.notBreached} not ·{' '}
        {summary.unclear} unclear
      </p>
      {summary.groupsDisagree && (
        <p className="clause-assessments__disagree" data-testid="groups-disagree">
          <span aria-hidden="true">⚑ </span>
          <strong>Stakeholder groups disagree:</strong>{' '}
          {summary.byGroup
            .filter((g) => g.leaning)
            .map(
              (g) =>
                `${groupLabels[g.group]} ${g.leaning === 'BREACHED' ? 'find a breach' : 'find none'}`,
            )
            .join('; ')}
          .
        </p>
      )}
      <div className="clause-assessments__groups">
        {groups.map((group) => {
          const ofGroup = assessments.filter((a) => a.organization.group === group);
          return (
            <section
              key={group}
              className="group-column"
              aria-label={`${groupLabels[group]}, ${clause.short}`}
              data-testid="group-column"
              data-group={group}
            >
              <h5>{groupLabels[group]}</h5>
              {ofGroup.length === 0 ? (
                <p className="muted">No assessment.</p>
              ) : (
                <ul>
                  {ofGroup.map((a) => (
                    <li key={a.id} className="assessment">
                      <OrganizationLabel organization={a.organization} compact />
                      <p>
                        <span className={`verdict verdict--${a.verdict.toLowerCase()}`}>
                          {verdictLabels[a.verdict]}
                        </span>
                        <span className="meta">
                          {' '}
                          · {formatDateTime(a.assessedAt)}
                          {a.assessedBy ? ` by ${a.assessedBy.displayName}` : ''}
                        </span>
                      </p>
                      <p className="assessment__reasoning">{a.reasoning}</p>
                      {a.revision > 1 && (
                        <details>
                          <summary>Earlier: {revisionWords(a.revision)}</summary>
                          <ol>
                            {a.history.slice(0, -1).map((h) => (
                              <li key={h.revision}>
                                {verdictLabels[h.verdict]} ({formatDateTime(h.assessedAt)}):{' '}
                                {h.reasoning}
                              </li>
                            ))}
                          </ol>
                        </details>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
