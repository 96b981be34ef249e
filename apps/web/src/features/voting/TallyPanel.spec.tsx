import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { TallyPanel, type TallyView } from './TallyPanel';

const chambered = {
  kind: 'CHAMBERED' as const,
  threshold: 2 / 3,
  quorum: 0.5,
  secretBallot: false,
};

const tally: TallyView = {
  for: 4,
  against: 2,
  abstain: 1,
  eligible: 8,
  cast: 7,
  passed: false,
  quorumMet: true,
  explanation: 'Fails: civil society chamber 1 for, 2 against.',
  chambers: [
    {
      group: 'CIVIL_SOCIETY',
      for: 1,
      against: 2,
      abstain: 0,
      eligible: 3,
      voted: 3,
      passed: false,
    },
    { group: 'GOVERNMENT', for: 3, against: 0, abstain: 1, eligible: 5, voted: 4, passed: true },
  ],
};

describe('TallyPanel', () => {
  it('explains the outcome and the rule per chamber in words', () => {
    render(<TallyPanel tally={tally} rule={chambered} />);
    expect(screen.getByTestId('tally-outcome').textContent).toBe('Would not pass now');
    expect(screen.getByTestId('tally-explanation').textContent).toBe(
      'Fails: civil society chamber 1 for, 2 against.',
    );
    expect(screen.getByTestId('tally-chambers-words').textContent).toBe(
      'needs 2/3 in every chamber: governments 3 of 5 ✓, civil society 1 of 3',
    );
  });

  it('draws one chart per chamber, governments first, each with a text equivalent', () => {
    render(<TallyPanel tally={tally} rule={chambered} />);
    const charts = screen.getAllByRole('listitem');
    expect(charts.map((c) => c.dataset.testid)).toEqual([
      'chamber-GOVERNMENT',
      'chamber-CIVIL_SOCIETY',
    ]);
    const civil = within(screen.getByTestId('chamber-CIVIL_SOCIETY'));
    expect(civil.getByText('does not pass')).toBeTruthy();
    expect(
      civil.getByRole('img', {
        name: 'Civil society: 1 for, 2 against, 0 abstaining',
      }),
    ).toBeTruthy();
    const governments = within(screen.getByTestId('chamber-GOVERNMENT'));
    expect(governments.getByText('passes')).toBeTruthy();
    expect(
      governments.getByRole('img', {
        name: 'Governments: 3 for, 0 against, 1 abstaining, 1 not yet voted',
      }),
    ).toBeTruthy();
  });

  it('shows quorum progress and the final result once closed', () => {
    render(<TallyPanel tally={{ ...tally, passed: true }} rule={chambered} closed />);
    expect(screen.getByTestId('tally-outcome').textContent).toBe('Adopted');
    expect(screen.getByText('7 of 8 parties have voted; quorum is 4 (1/2) — met.')).toBeTruthy();
  });

  it('has no chamber section when the rule counts all parties together', () => {
    render(
      <TallyPanel
        tally={{ ...tally, chambers: [] }}
        rule={{ kind: 'SIMPLE_MAJORITY', quorum: null }}
      />,
    );
    expect(screen.queryByText('By stakeholder chamber')).toBeNull();
    expect(screen.getByText('7 of 8 parties have voted; no quorum applies.')).toBeTruthy();
  });

  it('shows only turnout while a secret ballot is sealed, with the small chamber flagged', () => {
    const sealed: TallyView = {
      sealed: true,
      for: null,
      against: null,
      abstain: null,
      eligible: 6,
      cast: 3,
      passed: null,
      quorumMet: true,
      explanation:
        'Secret ballot: 3 of 6 parties have voted; the counts are revealed when the vote closes.',
      chambers: [
        {
          group: 'CIVIL_SOCIETY',
          for: null,
          against: null,
          abstain: null,
          eligible: 1,
          voted: 1,
          passed: null,
          revealsVotes: true,
        },
        {
          group: 'GOVERNMENT',
          for: null,
          against: null,
          abstain: null,
          eligible: 5,
          voted: 2,
          passed: null,
          revealsVotes: false,
        },
      ],
    };
    render(<TallyPanel tally={sealed} rule={{ ...chambered, secretBallot: true }} />);
    expect(screen.getByTestId('tally-outcome').textContent).toBe('Sealed until the close');
    expect(screen.queryByText(/would (not )?pass/i)).toBeNull();
    expect(screen.queryByText(/ for\b|against|abstain/i)).toBeNull();
    expect(screen.getByRole('img', { name: 'All parties: 3 of 6 voted' })).toBeTruthy();
    const governments = within(screen.getByTestId('chamber-GOVERNMENT'));
    expect(governments.getByText('2 of 5 voted')).toBeTruthy();
    expect(governments.queryByTestId('small-chamber-notice')).toBeNull();
    const civil = within(screen.getByTestId('chamber-CIVIL_SOCIETY'));
    expect(civil.getByTestId('small-chamber-notice').textContent).toMatch(
      /^Fewer than three parties: when the vote closes/,
    );
  });

  it('keeps the small-chamber notice beside the count once a secret ballot is closed', () => {
    const closed: TallyView = {
      ...tally,
      sealed: false,
      chambers: tally.chambers.map((c) => ({ ...c, revealsVotes: c.group === 'CIVIL_SOCIETY' })),
    };
    render(<TallyPanel tally={closed} rule={{ ...chambered, secretBallot: true }} closed />);
    expect(
      within(screen.getByTestId('chamber-CIVIL_SOCIETY')).getByTestId('small-chamber-notice')
        .textContent,
    ).toBe('Fewer than three parties: this count shows how its parties voted.');
    expect(
      within(screen.getByTestId('chamber-GOVERNMENT')).queryByTestId('small-chamber-notice'),
    ).toBeNull();
  });
});
