import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/Feedback';
import { IncidentMatrixQuery } from './incidents.graphql';
import { breachBand, cellWords } from './incident-words';

/**
 * Incidents × the articles of the text, each cell the share of assessments that find a breach:
 * said in words in the cell (the colour only repeats it), marked where stakeholder groups
 * disagree, and a link to that article's assessments on the incident's page.
 */
export function IncidentMatrix({ accordId }: { accordId: string }) {
  const { data, error } = useQuery(IncidentMatrixQuery, { variables: { accordId } });
  const matrix = data?.incidentMatrix;
  if (!matrix) return error ? <ErrorNotice error={error} /> : null;
  return (
    <IncidentMatrixTable
      matrix={matrix}
      linkTo={(incidentId, clauseId) =>
        `/accords/${accordId}/incidents/${incidentId}#assessments-${clauseId}`
      }
      incidentLink={(incidentId) => `/accords/${accordId}/incidents/${incidentId}`}
    />
  );
}

/** What the table shows: the delegates' query or a public page's document. */
export interface MatrixData {
  incidents: readonly { id: string; name: string; startedOn: string }[];
  clauses: readonly { id: string; number: string; heading?: string | null }[];
  cells: readonly {
    incidentId: string;
    clauseId: string;
    breached: number;
    total: number;
    breachShare: number;
    groupsDisagree: boolean;
  }[];
}

/** The matrix as a table; cells and incidents are links when the reader may follow them. */
export function IncidentMatrixTable({
  matrix,
  linkTo = null,
  incidentLink = null,
}: {
  matrix: MatrixData;
  /** Where a cell leads (nowhere with null: a public page). */
  linkTo?: ((incidentId: string, clauseId: string) => string) | null;
  incidentLink?: ((incidentId: string) => string) | null;
}) {
  if (matrix.incidents.length === 0 || matrix.clauses.length === 0)
    return <p className="muted">No incident has been recorded yet.</p>;
  const cellOf = new Map(matrix.cells.map((c) => [`${c.incidentId}:${c.clauseId}`, c]));
  return (
    <div
      className="incident-matrix"
      role="region"
      aria-labelledby="incident-matrix-caption"
      tabIndex={0}
    >
      <table data-testid="incident-matrix">
        <caption id="incident-matrix-caption">
          Incidents × articles: how many of the organizations that assessed each pair find a breach.{' '}
          <span className="incident-matrix__legend">⚑ stakeholder groups disagree</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Incident</th>
            {matrix.clauses.map((clause) => (
              <th scope="col" key={clause.id}>
                Art. {clause.number}
                {clause.heading && (
                  <span className="incident-matrix__heading">{clause.heading}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.incidents.map((incident) => (
            <tr key={incident.id}>
              <th scope="row">
                {incidentLink ? (
                  <Link to={incidentLink(incident.id)}>{incident.name}</Link>
                ) : (
                  incident.name
                )}
                <span className="meta"> {incident.startedOn.slice(0, 4)}</span>
              </th>
              {matrix.clauses.map((clause) => {
                const cell = cellOf.get(`${incident.id}:${clause.id}`);
                if (!cell) return <td key={clause.id} />;
                const words = cellWords(cell);
                const content = (
                  <>
                    {words}
                    {cell.groupsDisagree && (
                      <span className="incident-matrix__disagree">
                        {' '}
                        <span aria-hidden="true">⚑</span> groups disagree
                      </span>
                    )}
                  </>
                );
                return (
                  <td
                    key={clause.id}
                    className={`incident-matrix__cell incident-matrix__cell--${breachBand(cell)}`}
                    data-testid="matrix-cell"
                  >
                    {linkTo && cell.total > 0 ? (
                      <Link
                        to={linkTo(incident.id, clause.id)}
                        aria-label={`${incident.name}, article ${clause.number}: ${words}${cell.groupsDisagree ? ', stakeholder groups disagree' : ''}`}
                      >
                        {content}
                      </Link>
                    ) : (
                      content
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
