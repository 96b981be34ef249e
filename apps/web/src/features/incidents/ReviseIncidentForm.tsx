import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { errorReason } from '../../data/errors';
import type { IncidentFactsFragment } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { SaveOrCancel } from '../../ui/SaveOrCancel';
import {
  draftOfFacts,
  factsOfDraft,
  type FactsDraft,
  IncidentFactsFields,
} from './IncidentFactsFields';
import { IncidentPageQuery, ReviseIncidentMutation } from './incidents.graphql';

/** The facts being edited, and the revision they were read at (what the API checks). */
interface Edit {
  revision: number;
  draft: FactsDraft;
}

/**
 * Revises an incident's facts, for whom may (its recorder's representatives, the facilitator):
 * the record form's fields, prefilled with the facts as they stood when the form was opened and
 * sent with that revision. Another revision landing meanwhile (seen live) is said at once; the
 * API refuses the stale edit rather than overwrite it, and the form offers to start again from
 * the newer facts.
 */
export function ReviseIncidentForm({ incident }: { incident: IncidentFactsFragment }) {
  const formId = useId();
  const client = useApolloClient();
  const toggle = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [notice, setNotice] = useState('');
  // Where the keyboard goes next: the first field of a form just (re)started, or back to the
  // button once the form is gone.
  const [focus, setFocus] = useState<'form' | 'toggle' | null>(null);
  const [revise, { loading, error, reset }] = useMutation(ReviseIncidentMutation);
  const refused = errorReason(error) === 'INCIDENT_REVISED_SINCE';
  const stale = edit !== null && (refused || incident.revision !== edit.revision);

  useEffect(() => {
    if (focus === 'form')
      form.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    if (focus === 'toggle') toggle.current?.focus();
    if (focus) setFocus(null);
  }, [focus]);

  const start = () => {
    reset();
    setNotice('');
    setEdit({ revision: incident.revision, draft: draftOfFacts(incident) });
    setFocus('form');
  };
  const close = () => {
    reset();
    setEdit(null);
    setFocus('toggle');
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!edit) return;
    const { revision, draft } = edit;
    const result = await revise({
      variables: { input: { incidentId: incident.id, revision, facts: factsOfDraft(draft) } },
    }).catch((refusal: unknown) => {
      // Fetch the newer facts now, should this page have missed their event.
      if (errorReason(refusal) === 'INCIDENT_REVISED_SINCE')
        void client.refetchQueries({ include: [IncidentPageQuery] });
      return null;
    });
    const revised = result?.data?.reviseIncident;
    if (revised) {
      setNotice(`Revision ${revised.revision} saved.`);
      close();
    }
  }

  return (
    <section aria-labelledby={`${formId}-title`} className="card incident__revise">
      <h3 id={`${formId}-title`} className="section-title">
        Revise the facts
      </h3>
      <p role="status" className="hint">
        {notice}
      </p>
      {edit === null ? (
        <button ref={toggle} type="button" className="button" onClick={start}>
          Revise this incident
        </button>
      ) : (
        <form
          ref={form}
          className="incident-form"
          aria-labelledby={`${formId}-title`}
          onSubmit={(e) => void submit(e)}
        >
          <p className="hint">Editing revision {edit.revision}.</p>
          <IncidentFactsFields
            idPrefix="revise"
            draft={edit.draft}
            onChange={(draft) => setEdit({ ...edit, draft })}
          />
          {stale && !refused && (
            <p className="notice notice--warn" role="alert">
              Someone revised this incident since you opened this form (it is now at revision{' '}
              {incident.revision}): saving this edit would be refused.
            </p>
          )}
          {error && <ErrorNotice error={error} />}
          {stale && (
            <button type="button" className="button button--small" onClick={start}>
              Start again from revision {incident.revision} (your changes here are dropped)
            </button>
          )}
          <SaveOrCancel label="Save the revision" saving={loading} onCancel={close} />
        </form>
      )}
    </section>
  );
}
