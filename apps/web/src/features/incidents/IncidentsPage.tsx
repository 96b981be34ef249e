import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { IncidentMatrix } from './IncidentMatrix';
import { RecordIncidentForm } from './RecordIncidentForm';
import { AccordIncidentsQuery } from './incidents.graphql';
import { attributionLabels, incidentDates } from './incident-words';
import './incidents.css';

/** The accord's incidents: the matrix against its articles, the list, and a form to record one. */
export function IncidentsPage() {
  const { accordId = '' } = useParams();
  const { data, error } = useQuery(AccordIncidentsQuery, { variables: { id: accordId } });
  const accord = data?.accord;
  if (!accord)
    return error ? <ErrorNotice error={error} /> : <Loading label="Loading incidents…" />;
  return (
    <div className="page page--wide incidents">
      <h2 className="page-subtitle">Incidents assessed against the accord</h2>
      <p className="lede">
        Real incidents, and whether each organization finds that they would have breached the
        articles of the text. Where states, companies and civil society disagree is the point.
      </p>
      <section aria-labelledby="matrix-title" className="incidents__block">
        <h3 id="matrix-title" className="section-title">
          Matrix
        </h3>
        <IncidentMatrix accordId={accordId} />
      </section>
      <section aria-labelledby="incident-list-title" className="incidents__block">
        <h3 id="incident-list-title" className="section-title">
          Incidents recorded
        </h3>
        {accord.incidents.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul className="incident-list">
            {accord.incidents.map((incident) => (
              <li key={incident.id} className="incident-list__item card">
                <Link
                  to={`/accords/${accordId}/incidents/${incident.id}`}
                  className="incident-list__name"
                >
                  {incident.name}
                </Link>
                <span className="meta">
                  {' '}
                  · {incidentDates(incident.startedOn, incident.endedOn)}
                </span>
                {incident.actors.length > 0 && (
                  <p className="meta">
                    Actors:{' '}
                    {incident.actors
                      .map((a) => `${a.name} (${attributionLabels[a.attribution].toLowerCase()})`)
                      .join('; ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {accord.viewerAssessingOrganizations.length > 0 && (
        <RecordIncidentForm
          accordId={accordId}
          organizations={accord.viewerAssessingOrganizations}
        />
      )}
    </div>
  );
}
