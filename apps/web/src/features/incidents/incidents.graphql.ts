import { graphql } from '../../data/gql';

/** The facts of an incident, as its page and the list show them. */
export const IncidentFactsFragment = graphql(`
  fragment IncidentFacts on Incident {
    id
    accordId
    name
    startedOn
    endedOn
    description
    sources
    actors {
      name
      attribution
      note
    }
    responses {
      kind
      by
      on
      description
      source
    }
    revision
    recordedAt
    revisedAt
    recordedFor {
      ...OrganizationIdentity
    }
  }
`);

export const AccordIncidentsQuery = graphql(`
  query AccordIncidents($id: ID!) {
    accord(id: $id) {
      id
      incidents {
        ...IncidentFacts
      }
      viewerAssessingOrganizations {
        ...OrganizationIdentity
      }
    }
  }
`);

/** Kept apart from the incidents: the public page shows the same matrix from the same query. */
export const IncidentMatrixQuery = graphql(`
  query IncidentMatrix($accordId: ID!) {
    incidentMatrix(accordId: $accordId) {
      accordId
      incidents {
        id
        name
        startedOn
      }
      clauses {
        id
        number
        heading
      }
      cells {
        incidentId
        clauseId
        breached
        notBreached
        unclear
        total
        breachShare
        groupsDisagree
      }
    }
  }
`);

export const IncidentPageQuery = graphql(`
  query IncidentPage($id: ID!, $accordId: ID!) {
    incident(id: $id) {
      ...IncidentFacts
      viewerCanRevise
      assessments {
        id
        verdict
        reasoning
        revision
        assessedAt
        clause {
          id
          number
        }
        norm {
          id
          key
          title
          framework {
            id
            shortName
          }
        }
        organization {
          ...OrganizationIdentity
        }
        assessedBy {
          id
          displayName
        }
        history {
          revision
          verdict
          reasoning
          assessedAt
        }
      }
    }
    accord(id: $accordId) {
      id
      clauses {
        id
        number
        current {
          version
          heading
        }
      }
      viewerAssessingOrganizations {
        ...OrganizationIdentity
      }
    }
    frameworks {
      id
      shortName
      norms {
        id
        key
        title
      }
    }
  }
`);

export const RecordIncidentMutation = graphql(`
  mutation RecordIncident($input: RecordIncidentInput!) {
    recordIncident(input: $input) {
      ...IncidentFacts
    }
  }
`);

export const AssessIncidentMutation = graphql(`
  mutation AssessIncident($input: AssessIncidentInput!) {
    assessIncident(input: $input) {
      id
      verdict
      reasoning
      revision
    }
  }
`);

/** The facts replaced whole, on the revision the form was opened at (CONFLICT if one landed since). */
export const ReviseIncidentMutation = graphql(`
  mutation ReviseIncident($input: ReviseIncidentInput!) {
    reviseIncident(input: $input) {
      ...IncidentFacts
    }
  }
`);
