import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { DecisionRuleInput, DecisionRuleKind } from '../../data/gql/graphql';
import { ErrorNotice } from '../../ui/Feedback';
import { TextField } from '../../ui/Field';
import { SaveOrCancel } from '../../ui/SaveOrCancel';
import { groupLabels, groupOrder, ruleLabels } from '../../ui/format';
import { describeRule, type RuleView } from '../voting/rule-words';
import { type SmallChamber, SmallChambersWarning } from './SmallChambersWarning';
import {
  draftFromRule,
  fieldText,
  readRuleDraft,
  type RuleDraft,
  type RuleErrors,
  type RuleField,
  takesThreshold,
  withFieldText,
} from './rule-form';
import './facilitation.css';

const kindHints: Record<DecisionRuleKind, string> = {
  SIMPLE_MAJORITY: 'More votes for than against.',
  QUALIFIED_MAJORITY: 'A set share of the votes cast in favour (2/3 unless set).',
  CONSENSUS: 'No formal objection: one vote against blocks adoption.',
  CHAMBERED: 'A majority, or the set share, in every stakeholder group that has parties.',
  WEIGHTED: 'Votes count by stakeholder group, each with its weight.',
};

/** The facilitator's form for the accord's decision rule; validates before anything is sent. */
export function DecisionRuleForm({
  current,
  smallChambers = [],
  locked,
  saving,
  refusal,
  onSave,
  onEdit,
  onCancel,
}: {
  current: RuleView;
  /** Chambers of one or two parties: a secret ballot would give their votes away at the close. */
  smallChambers?: SmallChamber[];
  /** A vote has already opened, as far as this page knows: the server will refuse a change. */
  locked: boolean;
  saving: boolean;
  /** The API's refusal of the last attempt, if any. */
  refusal: unknown;
  onSave: (rule: DecisionRuleInput) => void;
  onEdit?: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<RuleDraft>(() => draftFromRule(current));
  const [errors, setErrors] = useState<RuleErrors | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const read = readRuleDraft(draft);

  // Opened from a button: start at the chosen rule, so the keyboard can go on from there.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus();
  }, []);

  useEffect(() => {
    if (focusRequest > 0)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  }, [focusRequest]);

  const change = (patch: Partial<RuleDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    onEdit?.();
    // Once the facilitator has tried to save, keep the messages in step with what he types.
    if (errors) setErrors(readRuleDraft(next).errors ?? {});
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (read.errors) {
      setErrors(read.errors);
      setFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    onSave(read.rule);
  }

  const rule: RuleFieldContext = { formId: id, draft, errors, change };
  const chambered = draft.kind === 'CHAMBERED';
  return (
    <form
      ref={formRef}
      className="rule-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="rule-form"
    >
      <h3 id={`${id}-title`} className="chamber-list__title">
        Change the decision rule
      </h3>
      <p className="hint">Now: {describeRule(current)}</p>
      {locked && (
        <p className="notice notice--warn">
          A vote has opened in this accord, so its rule is fixed: a change will be refused.
        </p>
      )}
      <fieldset className="field rule-kinds">
        <legend>Rule</legend>
        {(Object.keys(kindHints) as DecisionRuleKind[]).map((kind) => (
          <label key={kind} className="rule-kind">
            <input
              type="radio"
              name={`${id}-kind`}
              value={kind}
              checked={draft.kind === kind}
              onChange={() => change({ kind })}
              aria-describedby={`${id}-${kind}-hint`}
            />
            <span>
              {ruleLabels[kind]}
              <span id={`${id}-${kind}-hint`} className="rule-kind__hint">
                {kindHints[kind]}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {takesThreshold(draft.kind) && (
        <RuleNumberField
          rule={rule}
          field="threshold"
          label={chambered ? 'Threshold in every chamber' : 'Threshold of votes cast'}
          hint={`A percentage (60) or a fraction (2/3). Empty: ${chambered ? 'more for than against in each chamber' : '2/3'}.`}
        />
      )}
      <RuleNumberField
        rule={rule}
        field="quorum"
        label={chambered ? 'Quorum in every chamber' : 'Quorum of parties'}
        hint="Share of parties that must cast a ballot, abstentions included. Empty: no quorum."
      />
      {draft.kind === 'WEIGHTED' && (
        <fieldset className="field weights">
          <legend>Weight of each stakeholder group</legend>
          {groupOrder.map((group) => (
            <RuleNumberField
              key={group}
              rule={rule}
              field={`weight-${group}`}
              label={groupLabels[group]}
              fieldClassName="weights__row"
            />
          ))}
        </fieldset>
      )}
      <fieldset className="field sponsor-minimum">
        <legend>Before a vote, an amendment needs at least</legend>
        <RuleNumberField
          rule={rule}
          field="minSponsors"
          label="Sponsoring organizations"
          hint="Its sponsor and the co-sponsors who accepted. Empty: no minimum."
        />
        <RuleNumberField
          rule={rule}
          field="minSponsorGroups"
          label="Stakeholder groups among them"
          hint="How many groups those organizations span. Empty: no minimum."
        />
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.secretBallot}
          onChange={(e) => change({ secretBallot: e.target.checked })}
          aria-describedby={draft.secretBallot ? `${id}-secret-warning` : undefined}
        />{' '}
        Secret ballot: only turnout is shown until the close, then the counts
      </label>
      {draft.secretBallot && (
        <SmallChambersWarning id={`${id}-secret-warning`} chambers={smallChambers} />
      )}
      {read.rule && (
        <p className="rule-preview" data-testid="rule-preview">
          <span className="muted">After saving: </span>
          {describeRule(read.rule)}
        </p>
      )}
      {refusal ? <ErrorNotice error={refusal} /> : null}
      <SaveOrCancel label="Save the rule" saving={saving} onCancel={onCancel} />
    </form>
  );
}

interface RuleFieldContext {
  formId: string;
  draft: RuleDraft;
  errors: RuleErrors | null;
  change: (patch: Partial<RuleDraft>) => void;
}

/**
 * One number of the rule as typed: a share (threshold, quorum), a weight or a minimum (a whole
 * number), with its error once the facilitator has tried to save.
 */
function RuleNumberField({
  rule: { formId, draft, errors, change },
  field,
  label,
  hint,
  fieldClassName,
}: {
  rule: RuleFieldContext;
  field: RuleField;
  label: string;
  hint?: string;
  fieldClassName?: string;
}) {
  const whole = field === 'minSponsors' || field === 'minSponsorGroups';
  return (
    <TextField
      id={`${formId}-${field}`}
      label={label}
      hint={hint}
      fieldClassName={fieldClassName}
      error={errors?.[field]}
      inputMode={whole ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={fieldText(draft, field)}
      onChange={(e) => change(withFieldText(draft, field, e.target.value))}
    />
  );
}
