import type { AccordEventHandlers } from '../../data/accord-events';
import { AccordIncidentsQuery, IncidentMatrixQuery, IncidentPageQuery } from './incidents.graphql';

/**
 * Incidents and assessments are rare, and their pages show what their events do not carry (a
 * clause's number, the organization's verified mark, who assessed): the queries that show the
 * incident, the accord's list and the matrix are fetched again, and nothing else.
 */
export const incidentEventHandlers = {
  'incident.recorded': (_event, { accordId, refetch }) => {
    refetch({ query: AccordIncidentsQuery, variables: { id: accordId } });
    refetch({ query: IncidentMatrixQuery, variables: { accordId } });
  },
  'incident.revised': ({ payload }, { accordId, refetch }) => {
    refetch({ query: AccordIncidentsQuery, variables: { id: accordId } });
    refetch({ query: IncidentMatrixQuery, variables: { accordId } });
    refetch({ query: IncidentPageQuery, variables: { id: payload.incidentId } });
  },
  'incident.assessed': ({ payload }, { accordId, refetch }) => {
    refetch({ query: IncidentMatrixQuery, variables: { accordId } });
    refetch({ query: IncidentPageQuery, variables: { id: payload.incidentId } });
  },
} satisfies AccordEventHandlers;
