import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import { formatTimeLeft, localInputToIso, readClosingTime, toLocalInputValue } from './deadline';
import { VotingDeadline } from './VotingDeadline';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('formatTimeLeft', () => {
  it('counts whole minutes, rounded up, then hours and days', () => {
    expect(formatTimeLeft(2 * HOUR + 10 * MINUTE)).toBe('2 h 10 min');
    expect(formatTimeLeft(2 * HOUR + 9 * MINUTE + 30_000)).toBe('2 h 10 min');
    expect(formatTimeLeft(2 * HOUR)).toBe('2 h');
    expect(formatTimeLeft(59 * MINUTE)).toBe('59 min');
    expect(formatTimeLeft(61_000)).toBe('2 min');
    expect(formatTimeLeft(1_000)).toBe('1 min');
    expect(formatTimeLeft(27 * HOUR)).toBe('1 d 3 h');
    expect(formatTimeLeft(48 * HOUR)).toBe('2 d');
    expect(formatTimeLeft(-5_000)).toBe('0 min');
  });
});

describe('the closing time typed by the facilitator', () => {
  it('is read in the browser time zone and sent as ISO; the past and nonsense are refused', () => {
    const local = new Date(2031, 2, 14, 9, 30);
    expect(toLocalInputValue(local)).toBe('2031-03-14T09:30');
    expect(localInputToIso('2031-03-14T09:30')).toBe(local.toISOString());
    expect(readClosingTime('', Date.now())).toEqual({ closesAt: null });
    expect(readClosingTime('2031-03-14T09:30', local.getTime() - MINUTE)).toEqual({
      closesAt: local.toISOString(),
    });
    expect(readClosingTime('2031-03-14T09:30', local.getTime())).toEqual({
      error: 'Choose a time in the future.',
    });
    expect(readClosingTime('14/03/2031', 0)).toEqual({
      error: 'Enter a date and a time, or leave the field empty.',
    });
  });
});

describe('VotingDeadline', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-11-26T10:00:00.000Z') });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('counts down each minute while the vote is open, then says it is closing', () => {
    const closesAt = new Date(Date.now() + 2 * HOUR + 10 * MINUTE).toISOString();
    render(<VotingDeadline status="VOTING" closesAt={closesAt} />);
    const timer = screen.getByRole('timer');
    expect(timer.textContent).toContain('Voting closes in 2 h 10 min');
    act(() => jest.advanceTimersByTime(30_000));
    expect(timer.textContent).toContain('2 h 10 min');
    act(() => jest.advanceTimersByTime(MINUTE));
    expect(timer.textContent).toContain('2 h 9 min');
    // One redraw per minute, each scheduled after the previous one rendered.
    for (let minute = 0; minute < 2 * 60 + 9; minute++) act(() => jest.advanceTimersByTime(MINUTE));
    expect(timer.textContent).toContain('The deadline has passed; the vote is closing');
  });

  it('says when the vote closed, and whether at its deadline', () => {
    const { rerender } = render(
      <VotingDeadline
        status="ADOPTED"
        closesAt="2026-11-26T09:00:00.000Z"
        closedAt="2026-11-26T09:00:01.000Z"
      />,
    );
    expect(screen.getByTestId('voting-deadline').textContent).toMatch(
      /^Voting closed on .+, at its deadline\.$/,
    );
    rerender(<VotingDeadline status="REJECTED" closesAt={null} closedAt="2026-11-26T09:00:01Z" />);
    expect(screen.getByTestId('voting-deadline').textContent).toMatch(
      /^Voting closed on [^,]+, \d/,
    );
    expect(screen.getByTestId('voting-deadline').textContent).not.toContain('deadline');
  });

  it('says nothing before the vote, and tells voters when there is no deadline', () => {
    const { container, rerender } = render(<VotingDeadline status="OPEN" closesAt={null} />);
    expect(container.textContent).toBe('');
    rerender(<VotingDeadline status="VOTING" closesAt={null} showNoDeadline />);
    expect(screen.getByText('No deadline: the facilitator closes the vote.')).toBeTruthy();
  });
});
