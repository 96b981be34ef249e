import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { AssessmentVerdict, StakeholderGroup } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { SelectField, TextAreaField } from '../../ui/Field';
import { OrganizationChoice, useOrganizationChoice } from '../../ui/OrganizationChoice';
import {
  AssessIncidentMutation,
  IncidentMatrixQuery,
  IncidentPageQuery,
} from './incidents.graphql';
import { verdictLabels } from './incident-words';

const VERDICTS: AssessmentVerdict[] = ['BREACHED', 'NOT_BREACHED', 'UNCLEAR'];

/**
 * The delegate assesses the incident against an article or a norm of a framework for an
 * organization he represents; if it
 * already has, this revises its assessment (the earlier one stays in the record).
 */
export function AssessIncidentForm({
  incidentId,
  organizations,
  clauses,
  frameworks,
  current,
}: {
  incidentId: string;
  organizations: readonly { id: string; name: string; group: StakeholderGroup }[];
  clauses: readonly { id: string; number: string; heading: string | null }[];
  frameworks: readonly {
    id: string;
    shortName: string;
    norms: readonly { id: string; key: string; title?: string | null }[];
  }[];
  current: readonly {
    organizationId: string;
    /** The clause or norm assessed against. */
    targetId: string;
    verdict: AssessmentVerdict;
    reasoning: string;
  }[];
}) {
  const { chosen, choice } = useOrganizationChoice(organizations);
  const organizationId = chosen?.id ?? '';
  // "clause:<id>" or "norm:<id>": one list, articles first, then each framework's norms.
  const [target, setTarget] = useState(clauses[0] ? `clause:${clauses[0].id}` : '');
  const [kind, targetId = ''] = target.split(':') as [string, string | undefined];
  const [verdict, setVerdict] = useState<AssessmentVerdict | ''>('');
  const [reasoning, setReasoning] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [assess, { loading, error }] = useMutation(AssessIncidentMutation);
  const existing = current.find(
    (c) => c.organizationId === organizationId && c.targetId === targetId,
  );
  const accordClause = kind === 'clause' ? clauses.find((c) => c.id === targetId) : undefined;
  const norm = frameworks
    .flatMap((f) => f.norms.map((n) => ({ ...n, shortName: f.shortName })))
    .find((n) => kind === 'norm' && n.id === targetId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!verdict) return;
    const result = await assess({
      variables: {
        input: {
          incidentId,
          onBehalfOf: organizationId,
          ...(kind === 'norm' ? { normId: targetId } : { clauseId: targetId }),
          verdict,
          reasoning,
        },
      },
      refetchQueries: [IncidentPageQuery, IncidentMatrixQuery],
    }).catch(() => null);
    if (result?.data) {
      setDone(
        `Assessment recorded: ${verdictLabels[verdict].toLowerCase()} (${norm ? `${norm.shortName} ${norm.key}` : `article ${accordClause?.number ?? ''}`}).`,
      );
      setReasoning('');
      setVerdict('');
    }
  }

  return (
    <section aria-labelledby="assess-title" className="card incident__assess">
      <h3 id="assess-title" className="section-title">
        Assess this incident
      </h3>
      <form onSubmit={(e) => void submit(e)} className="incident-form">
        <div className="incident-form__row">
          <OrganizationChoice id="assess-organization" label="For" whenOne="select" {...choice} />
          <SelectField
            id="assess-clause"
            label="Against article or norm"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          >
            <optgroup label="Articles of the accord">
              {clauses.map((c) => (
                <option key={c.id} value={`clause:${c.id}`}>
                  Article {c.number}
                  {c.heading ? ` — ${c.heading}` : ''}
                </option>
              ))}
            </optgroup>
            {frameworks
              .filter((f) => f.norms.length > 0)
              .map((f) => (
                <optgroup key={f.id} label={f.shortName}>
                  {f.norms.map((n) => (
                    <option key={n.id} value={`norm:${n.id}`}>
                      {f.shortName} {n.key}
                      {n.title ? ` — ${n.title}` : ''}
                    </option>
                  ))}
                </optgroup>
              ))}
          </SelectField>
        </div>
        {existing && (
          <p className="hint" role="status">
            Your organization found it {verdictLabels[existing.verdict].toLowerCase()}: assessing
            again revises that (the earlier assessment stays in the record).
          </p>
        )}
        <fieldset className="incident-form__verdicts">
          <legend>Would the incident have breached it?</legend>
          {VERDICTS.map((v) => (
            <label key={v} className="radio">
              <input
                type="radio"
                name="assess-verdict"
                value={v}
                checked={verdict === v}
                onChange={() => setVerdict(v)}
                required
              />{' '}
              {verdictLabels[v]}
            </label>
          ))}
        </fieldset>
        <TextAreaField
          id="assess-reasoning"
          label="Reasoning"
          required
          rows={3}
          maxLength={5000}
          value={reasoning}
          onChange={(e) => setReasoning(e.target.value)}
        />
        {error && <ErrorNotice error={error} />}
        <button
          type="submit"
          className="button button--primary"
          disabled={loading || !verdict || !reasoning.trim()}
        >
          {existing ? 'Revise the assessment' : 'Record the assessment'}
        </button>
        <p role="status" className="hint">
          {done ?? ''}
        </p>
      </form>
    </section>
  );
}
