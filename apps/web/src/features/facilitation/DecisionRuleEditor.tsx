import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { AccordQuery as AccordResult } from '../../data/gql/graphql';
import { describeRule } from '../voting/rule-words';
import { AccordQuery } from '../accords/accords.graphql';
import { DecisionRuleForm } from './DecisionRuleForm';
import { SetDecisionRuleMutation } from './facilitation.graphql';
import { SmallChambersWarning } from './SmallChambersWarning';

type Accord = NonNullable<AccordResult['accord']>;

/** Statuses an amendment reaches only once its vote has opened. */
const VOTED = new Set(['VOTING', 'ADOPTED', 'REJECTED']);

/**
 * "Change the rule" for the facilitator: the form, sent with setDecisionRule. Under a secret
 * ballot it keeps in view the chambers too small for their votes to stay secret.
 */
export function DecisionRuleEditor({ accord }: { accord: Accord }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [setDecisionRule, { loading, error, reset }] = useMutation(SetDecisionRuleMutation, {
    refetchQueries: [AccordQuery],
  });
  const locked = accord.amendments.some((a) => VOTED.has(a.status));
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Keyboard users land back on the button when the form closes.
  useEffect(() => {
    if (wasOpen.current && !open) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open)
    return (
      <div className="stack">
        {saved && (
          <p className="hint" role="status">
            {saved}
          </p>
        )}
        {accord.rule.secretBallot && <SmallChambersWarning chambers={accord.smallChambers} />}
        <button
          type="button"
          ref={toggleRef}
          className="button"
          onClick={() => {
            setSaved(null);
            reset();
            setOpen(true);
          }}
        >
          Change the decision rule
        </button>
      </div>
    );
  return (
    <DecisionRuleForm
      current={accord.rule}
      smallChambers={accord.smallChambers}
      locked={locked}
      saving={loading}
      refusal={error}
      onEdit={reset}
      onCancel={() => setOpen(false)}
      onSave={(rule) => {
        void setDecisionRule({ variables: { accordId: accord.id, rule } })
          .then((result) => {
            if (!result.data) return;
            setSaved(`Rule saved. ${describeRule(result.data.setDecisionRule.rule)}`);
            setOpen(false);
          })
          .catch(() => undefined);
      }}
    />
  );
}
