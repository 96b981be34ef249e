import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DecisionRuleInput } from '../../data/gql/graphql';
import { elementAt } from '../../test/lists';
import { DecisionRuleForm } from './DecisionRuleForm';
import { parseShare, shareToText } from './rule-form';

function renderForm(overrides: Partial<Parameters<typeof DecisionRuleForm>[0]> = {}) {
  const onSave = jest.fn<(rule: DecisionRuleInput) => void>();
  render(
    <DecisionRuleForm
      current={{ kind: 'SIMPLE_MAJORITY', threshold: null, quorum: null, secretBallot: false }}
      locked={false}
      saving={false}
      refusal={null}
      onSave={onSave}
      onCancel={() => undefined}
      {...overrides}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

describe('DecisionRuleForm', () => {
  it('sends a qualified majority with its threshold and quorum as shares', async () => {
    const { onSave, user } = renderForm();
    expect(screen.queryByLabelText('Threshold of votes cast')).toBeNull();
    await user.click(screen.getByLabelText(/Qualified majority/));
    await user.type(screen.getByLabelText('Threshold of votes cast'), '3/5');
    await user.type(screen.getByLabelText('Quorum of parties'), '50%');
    await user.click(screen.getByLabelText(/Secret ballot/));
    expect(screen.getByTestId('rule-preview').textContent).toContain(
      'Needs 3/5 of votes cast in favour. Quorum: 1/2 of parties must vote.',
    );
    await user.click(screen.getByRole('button', { name: 'Save the rule' }));
    expect(onSave).toHaveBeenCalledWith({
      kind: 'QUALIFIED_MAJORITY',
      threshold: 0.6,
      quorum: 0.5,
      weights: null,
      secretBallot: true,
    });
  });

  it('sends a minimum of sponsors and of their groups, and says it in the rule’s words', async () => {
    const { onSave, user } = renderForm();
    await user.type(screen.getByLabelText('Sponsoring organizations'), '2');
    await user.type(screen.getByLabelText('Stakeholder groups among them'), '2');
    expect(screen.getByTestId('rule-preview').textContent).toContain(
      'Before a vote, an amendment needs 2 sponsoring organizations (its sponsor and co-sponsors) from 2 stakeholder groups.',
    );
    await user.click(screen.getByRole('button', { name: 'Save the rule' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'SIMPLE_MAJORITY', minSponsors: 2, minSponsorGroups: 2 }),
    );
  });

  it('refuses a threshold above 100% and an ambiguous "0.6", sending nothing', async () => {
    const { onSave, user } = renderForm({
      current: { kind: 'QUALIFIED_MAJORITY', threshold: 2 / 3, quorum: null, secretBallot: false },
    });
    const threshold = screen.getByLabelText('Threshold of votes cast');
    expect((threshold as HTMLInputElement).value).toBe('2/3');
    await user.clear(threshold);
    await user.type(threshold, '150');
    await user.click(screen.getByRole('button', { name: 'Save the rule' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    expect(threshold).toBe(document.activeElement);
    expect(screen.getByText(/at most 100% of votes cast/)).toBeTruthy();

    // The message follows what is typed once a save was tried.
    await user.clear(threshold);
    await user.type(threshold, '0.6');
    expect(screen.getByText('Write 60 for 60%, or a fraction.')).toBeTruthy();
    await user.clear(threshold);
    await user.type(threshold, '60');
    expect(threshold.getAttribute('aria-invalid')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save the rule' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ threshold: 0.6 }));
  });

  it('asks for a positive weight for every group of a weighted vote', async () => {
    const { onSave, user } = renderForm();
    await user.click(screen.getByLabelText(/Weighted vote/));
    const governments = screen.getByLabelText('Governments');
    await user.clear(governments);
    await user.type(governments, '0');
    await user.click(screen.getByRole('button', { name: 'Save the rule' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('The weight of governments must be a positive number.')).toBeTruthy();

    await user.clear(governments);
    await user.type(governments, '2');
    await user.click(screen.getByRole('button', { name: 'Save the rule' }));
    const [rule] = elementAt(onSave.mock.calls, 0);
    expect(rule.kind).toBe('WEIGHTED');
    expect(rule.threshold).toBeNull();
    expect(rule.weights).toContainEqual({ group: 'GOVERNMENT', weight: 2 });
    expect(rule.weights).toHaveLength(6);
  });

  it('labels the chambered threshold and quorum per chamber; consensus has no threshold', async () => {
    const { user } = renderForm();
    await user.click(screen.getByLabelText(/Chambered majority/));
    expect(screen.getByLabelText('Threshold in every chamber')).toBeTruthy();
    expect(screen.getByLabelText('Quorum in every chamber')).toBeTruthy();
    await user.click(screen.getByLabelText(/Consensus/));
    expect(screen.queryByLabelText(/Threshold/)).toBeNull();
  });

  it('warns, when a secret ballot is chosen, of the chambers too small to keep it', async () => {
    const { user } = renderForm({
      smallChambers: [
        { group: 'PRIVATE_SECTOR', parties: 2 },
        { group: 'CIVIL_SOCIETY', parties: 1 },
      ],
    });
    expect(screen.queryByTestId('small-chambers-warning')).toBeNull();
    const secret = screen.getByLabelText(/Secret ballot/);
    await user.click(secret);
    const warning = screen.getByTestId('small-chambers-warning');
    expect(warning.textContent).toContain(
      'through its count at the close: private sector (2 parties) and civil society (1 party).',
    );
    expect(secret.getAttribute('aria-describedby')).toBe(warning.id);
    await user.click(secret);
    expect(screen.queryByTestId('small-chambers-warning')).toBeNull();
  });

  it('shows the current rule in words, the lock, and the API refusal as a sentence', () => {
    const refusal = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'The decision rule cannot change once a vote has opened',
          extensions: { code: 'CONFLICT', reason: 'RULE_LOCKED' },
        },
      ],
    });
    renderForm({ locked: true, refusal });
    expect(screen.getByText('Now: Needs more votes for than against.')).toBeTruthy();
    expect(screen.getByText(/a change will be refused/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'The decision rule cannot change once a vote has opened.',
    );
  });
});

describe('shares as typed', () => {
  it('reads percentages and fractions, and writes known fractions back', () => {
    expect(parseShare('')).toBeNull();
    expect(parseShare('60')).toBe(0.6);
    expect(parseShare(' 62,5 % ')).toBe(0.625);
    expect(parseShare('2/3')).toBeCloseTo(2 / 3);
    expect(parseShare('1/0')).toEqual({ error: 'A fraction cannot divide by 0.' });
    expect(parseShare('two thirds')).toEqual({
      error: 'Write a percentage (60) or a fraction (2/3).',
    });
    expect(shareToText(0.6667)).toBe('2/3');
    expect(shareToText(0.55)).toBe('55');
    expect(shareToText(null)).toBe('');
  });
});
