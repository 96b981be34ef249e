import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import type {
  AttributionConfidence,
  IncidentResponseKind,
  StakeholderGroup,
} from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import {
  AccordIncidentsQuery,
  IncidentMatrixQuery,
  RecordIncidentMutation,
} from './incidents.graphql';
import { attributionHints, attributionLabels, responseLabels } from './incident-words';

interface ActorRow {
  name: string;
  attribution: AttributionConfidence;
  note: string;
}

interface ResponseRow {
  kind: IncidentResponseKind;
  by: string;
  on: string;
  description: string;
  source: string;
}

const DATE_HINT = 'A year, a month or a day: 2010, 2014-11 or 2017-05-12.';

/** Records an incident for an organization the delegate represents: facts, actors, responses. */
export function RecordIncidentForm({
  accordId,
  organizations,
}: {
  accordId: string;
  organizations: readonly { id: string; name: string; group: StakeholderGroup }[];
}) {
  const navigate = useNavigate();
  const [organizationId, setOrganizationId] = useState(organizations[0]?.id ?? '');
  const [name, setName] = useState('');
  const [startedOn, setStartedOn] = useState('');
  const [endedOn, setEndedOn] = useState('');
  const [description, setDescription] = useState('');
  const [sources, setSources] = useState('');
  const [actors, setActors] = useState<ActorRow[]>([]);
  const [responses, setResponses] = useState<ResponseRow[]>([]);
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
          onBehalfOf: organizationId,
          facts: {
            name,
            startedOn: startedOn.trim(),
            endedOn: endedOn.trim() || null,
            description,
            sources: sources
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
            actors: actors.map((a) => ({ ...a, note: a.note.trim() || null })),
            responses: responses.map((r) => ({
              ...r,
              on: r.on.trim() || null,
              source: r.source.trim() || null,
            })),
          },
        },
      },
    }).catch(() => null);
    const id = result?.data?.recordIncident.id;
    if (id) void navigate(`/accords/${accordId}/incidents/${id}`);
  }

  const setActor = (i: number, change: Partial<ActorRow>) =>
    setActors((rows) => rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  const setResponse = (i: number, change: Partial<ResponseRow>) =>
    setResponses((rows) => rows.map((row, j) => (j === i ? { ...row, ...change } : row)));

  return (
    <section aria-labelledby="record-incident-title" className="incidents__block card">
      <h3 id="record-incident-title" className="section-title">
        Record an incident
      </h3>
      <form className="incident-form" onSubmit={(e) => void submit(e)}>
        {organizations.length > 1 && (
          <SelectField
            id="incident-organization"
            label="Recorded for"
            value={organizationId}
            onChange={(e) => setOrganizationId(e.target.value)}
          >
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          id="incident-name"
          label="Name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <div className="incident-form__row">
          <TextField
            id="incident-started"
            label="Started"
            hint={DATE_HINT}
            required
            maxLength={10}
            value={startedOn}
            onChange={(e) => setStartedOn(e.target.value)}
          />
          <TextField
            id="incident-ended"
            label="Ended (optional)"
            hint={DATE_HINT}
            maxLength={10}
            value={endedOn}
            onChange={(e) => setEndedOn(e.target.value)}
          />
        </div>
        <TextAreaField
          id="incident-description"
          label="What happened"
          required
          rows={4}
          maxLength={10000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <TextAreaField
          id="incident-sources"
          label="Sources"
          hint="One URL or citation per line."
          rows={3}
          value={sources}
          onChange={(e) => setSources(e.target.value)}
        />

        <fieldset className="incident-form__group">
          <legend>Actors alleged</legend>
          {actors.map((actor, i) => (
            <div key={i} className="incident-form__row" data-testid="actor-row">
              <TextField
                id={`actor-${i}-name`}
                label={`Actor ${i + 1}`}
                required
                maxLength={200}
                value={actor.name}
                onChange={(e) => setActor(i, { name: e.target.value })}
              />
              <SelectField
                id={`actor-${i}-attribution`}
                label="Attribution"
                hint={attributionHints[actor.attribution]}
                value={actor.attribution}
                onChange={(e) =>
                  setActor(i, { attribution: e.target.value as AttributionConfidence })
                }
              >
                {(Object.keys(attributionLabels) as AttributionConfidence[]).map((a) => (
                  <option key={a} value={a}>
                    {attributionLabels[a]}
                  </option>
                ))}
              </SelectField>
              <TextField
                id={`actor-${i}-note`}
                label="By whom, on what evidence"
                maxLength={1000}
                value={actor.note}
                onChange={(e) => setActor(i, { note: e.target.value })}
              />
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setActors((rows) => rows.filter((_, j) => j !== i))}
              >
                Remove actor {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              setActors((rows) => [...rows, { name: '', attribution: 'ALLEGED', note: '' }])
            }
          >
            Add an actor
          </button>
        </fieldset>

        <fieldset className="incident-form__group">
          <legend>Response of the international community</legend>
          {responses.map((response, i) => (
            <div key={i} className="incident-form__row" data-testid="response-row">
              <SelectField
                id={`response-${i}-kind`}
                label={`Response ${i + 1}`}
                value={response.kind}
                onChange={(e) => setResponse(i, { kind: e.target.value as IncidentResponseKind })}
              >
                {(Object.keys(responseLabels) as IncidentResponseKind[]).map((k) => (
                  <option key={k} value={k}>
                    {responseLabels[k]}
                  </option>
                ))}
              </SelectField>
              <TextField
                id={`response-${i}-by`}
                label="By"
                required
                maxLength={200}
                value={response.by}
                onChange={(e) => setResponse(i, { by: e.target.value })}
              />
              <TextField
                id={`response-${i}-on`}
                label="On"
                hint={DATE_HINT}
                maxLength={10}
                value={response.on}
                onChange={(e) => setResponse(i, { on: e.target.value })}
              />
              <TextField
                id={`response-${i}-description`}
                label="What"
                required
                maxLength={2000}
                value={response.description}
                onChange={(e) => setResponse(i, { description: e.target.value })}
              />
              <TextField
                id={`response-${i}-source`}
                label="Source"
                maxLength={500}
                value={response.source}
                onChange={(e) => setResponse(i, { source: e.target.value })}
              />
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setResponses((rows) => rows.filter((_, j) => j !== i))}
              >
                Remove response {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              setResponses((rows) => [
                ...rows,
                { kind: 'CONDEMNATION', by: '', on: '', description: '', source: '' },
              ])
            }
          >
            Add a response
          </button>
        </fieldset>
        {error && <ErrorNotice error={error} />}
        <button
          type="submit"
          className="button button--primary"
          disabled={loading || !organizationId}
        >
          Record the incident
        </button>
      </form>
    </section>
  );
}
