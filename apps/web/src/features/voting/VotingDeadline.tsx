import { useEffect, useState } from 'react';
import type { AmendmentStatus } from '../../data/gql/graphql';
import { formatDateTime } from '../../ui/format';
import { formatTimeLeft, msUntilNextMinute } from './deadline';
import './voting.css';

/** Milliseconds left before `deadline`, redrawn each time the shown minute changes. */
export function useTimeLeft(deadline: string | null | undefined): number | null {
  const key = deadline ?? null;
  const [clock, setClock] = useState(() => ({ key, now: Date.now() }));
  // A deadline that appears later (the vote opened while the page was open) starts from now.
  if (clock.key !== key) setClock({ key, now: Date.now() });
  const end = key ? Date.parse(key) : Number.NaN;
  useEffect(() => {
    if (Number.isNaN(end)) return;
    const wait = msUntilNextMinute(end - Date.now());
    if (wait <= 0) return;
    // A little past the boundary, so the rounding lands on the next minute.
    const timer = setTimeout(() => setClock({ key, now: Date.now() }), wait + 50);
    return () => clearTimeout(timer);
  }, [key, end, clock.now]);
  return Number.isNaN(end) ? null : end - clock.now;
}

/**
 * When the vote closes ("Voting closes in 2 h 10 min"), or when it closed. Nothing when there is
 * nothing to say (no vote yet, or an open vote without a deadline unless `showNoDeadline`).
 */
export function VotingDeadline({
  status,
  closesAt,
  closedAt,
  showNoDeadline = false,
}: {
  status: AmendmentStatus;
  closesAt: string | null | undefined;
  closedAt?: string | null;
  showNoDeadline?: boolean;
}) {
  const left = useTimeLeft(status === 'VOTING' ? closesAt : null);

  if (status === 'VOTING') {
    if (left === null)
      return showNoDeadline ? (
        <p className="deadline muted" data-testid="voting-deadline">
          No deadline: the facilitator closes the vote.
        </p>
      ) : null;
    return (
      <p className="deadline deadline--open" role="timer" data-testid="voting-deadline">
        {left > 0 ? (
          <>
            Voting closes in <strong>{formatTimeLeft(left)}</strong>
          </>
        ) : (
          'The deadline has passed; the vote is closing…'
        )}{' '}
        <span className="muted">
          (<time dateTime={closesAt ?? undefined}>{formatDateTime(closesAt)}</time>)
        </span>
      </p>
    );
  }
  if ((status === 'ADOPTED' || status === 'REJECTED') && closedAt) {
    const atDeadline = closesAt && Date.parse(closedAt) >= Date.parse(closesAt);
    return (
      <p className="deadline" data-testid="voting-deadline">
        Voting closed on <time dateTime={closedAt}>{formatDateTime(closedAt)}</time>
        {closesAt &&
          (atDeadline
            ? ', at its deadline'
            : `, before its deadline of ${formatDateTime(closesAt)}`)}
        .
      </p>
    );
  }
  return null;
}
