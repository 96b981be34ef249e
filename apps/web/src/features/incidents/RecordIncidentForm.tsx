import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type { StakeholderGroup } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { OrganizationChoice, useOrganizationChoice } from '../../ui/OrganizationChoice';
import {
  AccordIncidentsQuery,
  IncidentMatrixQuery,
  RecordIncidentMutation,
} from './incidents.graphql';
import {
  EMPTY_FACTS,
  factsOfDraft,
  type FactsDraft,
  IncidentFactsFields,
} from './IncidentFactsFields';

/** Records an incident for an organization the delegate represents: facts, actors, responses. */
export function RecordIncidentForm({
  accordId,
  organizations,
}: {
  accordId: string;
  organizations: readonly { id: string; name: string; group: StakeholderGroup }[];
}) {
  const navigate = useNavigate();
  const { chosen, choice } = useOrganizationChoice(organizations);
  const [facts, setFacts] = useState<FactsDraft>(EMPTY_FACTS);
  const [record, { loading, error }] = useMutation(RecordIncidentMutation, {
    refetchQueries: [
      { query: AccordIncidentsQuery, variables: { id: accordId } },
      { query: IncidentMatrixQuery, variables: { accordId } },
    ],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await record({
      variables: {
        input: {
          accordId,
          onBehalfOf: chosen?.id ?? '',
          facts: factsOfDraft(facts),
        },
      },
    }).catch(() => null);
    const id = result?.data?.recordIncident.id;
    if (id) void navigate(`/accords/${accordId}/incidents/${id}`);
  }

  return (
    <section aria-labelledby="record-incident-title" className="incidents__block card">
      <h3 id="record-incident-title" className="section-title">
        Record an incident
      </h3>
      <form className="incident-form" onSubmit={(e) => void submit(e)}>
        <OrganizationChoice id="incident-organization" label="Recorded for" {...choice} />
        <IncidentFactsFields idPrefix="incident" draft={facts} onChange={setFacts} />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="button button--primary" disabled={loading || !chosen}>
          Record the incident
        </button>
      </form>
    </section>
  );
}
