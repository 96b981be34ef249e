import type { ChangeEvent } from 'react';
import type {
  AttributionConfidence,
  IncidentFactsFragment,
  IncidentFactsInput,
  IncidentResponseKind,
} from '../../data/gql/graphql';
import { ChoiceField, TextAreaField, TextField } from '../../ui/Field';
import { RepeatedFields } from '../../ui/RepeatedFields';
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

/** The facts of an incident as typed: what the record and revise forms hold. */
export interface FactsDraft {
  name: string;
  startedOn: string;
  endedOn: string;
  description: string;
  /** One URL or citation per line. */
  sources: string;
  actors: ActorRow[];
  responses: ResponseRow[];
}

export const EMPTY_FACTS: FactsDraft = {
  name: '',
  startedOn: '',
  endedOn: '',
  description: '',
  sources: '',
  actors: [],
  responses: [],
};

/** The facts of an incident as recorded, ready to edit. */
export function draftOfFacts(incident: IncidentFactsFragment): FactsDraft {
  return {
    name: incident.name,
    startedOn: incident.startedOn,
    endedOn: incident.endedOn ?? '',
    description: incident.description,
    sources: incident.sources.join('\n'),
    actors: incident.actors.map((a) => ({ ...omitTypename(a), note: a.note ?? '' })),
    responses: incident.responses.map((r) => ({
      ...omitTypename(r),
      on: r.on ?? '',
      source: r.source ?? '',
    })),
  };
}

/** What the API takes: trimmed, empty optional fields as null, one source a line. */
export function factsOfDraft(draft: FactsDraft): IncidentFactsInput {
  return {
    name: draft.name,
    startedOn: draft.startedOn.trim(),
    endedOn: draft.endedOn.trim() || null,
    description: draft.description,
    sources: draft.sources
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    actors: draft.actors.map((a) => ({ ...a, note: a.note.trim() || null })),
    responses: draft.responses.map((r) => ({
      ...r,
      on: r.on.trim() || null,
      source: r.source.trim() || null,
    })),
  };
}

function omitTypename<T extends { __typename?: string }>(value: T): Omit<T, '__typename'> {
  const { __typename: _typename, ...rest } = value;
  return rest;
}

const DATE_HINT = 'A year, a month or a day: 2010, 2014-11 or 2017-05-12.';
/** What a partial date's field says and takes. */
const PARTIAL_DATE = { hint: DATE_HINT, maxLength: 10 };

type FactText = Exclude<keyof FactsDraft, 'actors' | 'responses'>;

const ACTORS = {
  legend: 'Actors alleged',
  noun: 'actor',
  addLabel: 'Add an actor',
  blank: { name: '', attribution: 'ALLEGED', note: '' } satisfies ActorRow,
};
const RESPONSES = {
  legend: 'Response of the international community',
  noun: 'response',
  addLabel: 'Add a response',
  blank: {
    kind: 'CONDEMNATION',
    by: '',
    on: '',
    description: '',
    source: '',
  } satisfies ResponseRow,
};

/** A response's text fields, after its kind. */
const RESPONSE_TEXTS = [
  { field: 'by', label: 'By', required: true, maxLength: 200 },
  { field: 'on', label: 'On', ...PARTIAL_DATE },
  { field: 'description', label: 'What', required: true, maxLength: 2000 },
  { field: 'source', label: 'Source', maxLength: 500 },
] as const satisfies readonly {
  field: Exclude<keyof ResponseRow, 'kind'>;
  label: string;
  hint?: string;
  required?: boolean;
  maxLength: number;
}[];

/**
 * The fields of an incident's facts (name, dates, what happened, sources, actors, responses),
 * shared by the form that records one and the form that revises it. `idPrefix` keeps the ids
 * of two forms apart.
 */
export function IncidentFactsFields({
  idPrefix,
  draft,
  onChange,
}: {
  idPrefix: string;
  draft: FactsDraft;
  onChange: (draft: FactsDraft) => void;
}) {
  const set = (patch: Partial<FactsDraft>) => onChange({ ...draft, ...patch });
  const id = (name: string) => `${idPrefix}-${name}`;
  // A text of the facts: its id, its value and how it changes.
  const bind = (field: FactText) => ({
    id: id(field),
    value: draft[field],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set({ [field]: e.target.value }),
  });
  return (
    <>
      <TextField {...bind('name')} label="Name" required maxLength={200} />
      <div className="incident-form__row">
        <TextField {...bind('startedOn')} label="Started" required {...PARTIAL_DATE} />
        <TextField {...bind('endedOn')} label="Ended (optional)" {...PARTIAL_DATE} />
      </div>
      <TextAreaField
        {...bind('description')}
        label="What happened"
        required
        rows={4}
        maxLength={10000}
      />
      <TextAreaField
        {...bind('sources')}
        label="Sources"
        hint="One URL or citation per line."
        rows={3}
      />
      <RepeatedFields {...ACTORS} rows={draft.actors} onChange={(actors) => set({ actors })}>
        {(actor, i, change) => (
          <>
            <TextField
              id={id(`actor-${i}-name`)}
              label={`Actor ${i + 1}`}
              required
              maxLength={200}
              value={actor.name}
              onChange={(e) => change({ name: e.target.value })}
            />
            <ChoiceField
              id={id(`actor-${i}-attribution`)}
              label="Attribution"
              hint={attributionHints[actor.attribution]}
              words={attributionLabels}
              value={actor.attribution}
              onChange={(attribution) => change({ attribution })}
            />
            <TextField
              id={id(`actor-${i}-note`)}
              label="By whom, on what evidence"
              maxLength={1000}
              value={actor.note}
              onChange={(e) => change({ note: e.target.value })}
            />
          </>
        )}
      </RepeatedFields>
      <RepeatedFields
        {...RESPONSES}
        rows={draft.responses}
        onChange={(responses) => set({ responses })}
      >
        {(response, i, change) => (
          <>
            <ChoiceField
              id={id(`response-${i}-kind`)}
              label={`Response ${i + 1}`}
              words={responseLabels}
              value={response.kind}
              onChange={(kind) => change({ kind })}
            />
            {RESPONSE_TEXTS.map(({ field, ...props }) => (
              <TextField
                key={field}
                id={id(`response-${i}-${field}`)}
                {...props}
                value={response[field]}
                onChange={(e) => change({ [field]: e.target.value })}
              />
            ))}
          </>
        )}
      </RepeatedFields>
    </>
  );
}
