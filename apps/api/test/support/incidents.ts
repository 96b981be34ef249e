import { expectData, type TestParty } from './factories.js';
import type { TestApp } from './test-app.js';

/** What a test says of an incident; the rest is left empty. */
export interface IncidentFactsGiven {
  name: string;
  startedOn: string;
  description: string;
  actors?: { name: string; attribution: string; note: string | null }[];
}

/** Incidents of one accord recorded and assessed through the API, as delegates would. */
export class Incidents {
  constructor(
    private readonly api: Pick<TestApp, 'gql'>,
    private readonly accordId: string,
  ) {}

  /** Recorded by `party`'s representative on its behalf; returns the incident's id. */
  async record(party: TestParty, facts: IncidentFactsGiven): Promise<string> {
    const { recordIncident } = expectData(
      await this.api.gql<{ recordIncident: { id: string } }>(
        `mutation($i: RecordIncidentInput!) { recordIncident(input: $i) { id } }`,
        {
          i: {
            accordId: this.accordId,
            onBehalfOf: party.organizationId,
            facts: { endedOn: null, sources: [], actors: [], responses: [], ...facts },
          },
        },
        party.representative.token,
      ),
    );
    return recordIncident.id;
  }

  /** `party`'s assessment of the incident against an article. */
  async assess(
    party: TestParty,
    assessment: { incidentId: string; clauseId: string; verdict: string; reasoning: string },
  ): Promise<void> {
    expectData(
      await this.api.gql(
        `mutation($i: AssessIncidentInput!) { assessIncident(input: $i) { id } }`,
        { i: { ...assessment, onBehalfOf: party.organizationId } },
        party.representative.token,
      ),
    );
  }
}
