import type { ProposalWindowState } from '@plenary/contracts';
import { formatDateTime } from '../../ui/format';
import { formatTimeLeft } from '../voting/deadline';
import { useTimeLeft } from '../voting/VotingDeadline';
import { type AccordWindowFields, useProposalWindow } from './useProposalWindow';
import './proposal-window.css';

/** The proposal window in words, under the accord's tabs; nothing when proposals are unlimited. */
export function ProposalWindowNotice({ accord }: { accord: AccordWindowFields }) {
  const window = useProposalWindow(accord);
  // Redrawn each minute, so the time left in its words stays true.
  useTimeLeft(
    window.state === 'OPEN'
      ? window.until?.toISOString()
      : window.state === 'NOT_YET_OPEN'
        ? window.opensAt.toISOString()
        : null,
  );
  const sentence = describeProposalWindow(window, Date.now());
  if (!sentence) return null;
  return (
    <p
      className={`proposal-window proposal-window--${window.state.toLowerCase()}`}
      data-testid="proposal-window"
      data-state={window.state}
    >
      {sentence}
    </p>
  );
}

/** "Amendments may be proposed until 17 Dec 2026, 18:00 (3 d 4 h left)", or null. */
export function describeProposalWindow(window: ProposalWindowState, now: number): string | null {
  switch (window.state) {
    case 'OPEN':
      return window.until
        ? `Amendments may be proposed until ${formatDateTime(window.until.toISOString())} (${formatTimeLeft(window.until.getTime() - now)} left).`
        : null;
    case 'NOT_YET_OPEN':
      return `Amendments may be proposed from ${formatDateTime(window.opensAt.toISOString())} (in ${formatTimeLeft(window.opensAt.getTime() - now)}).`;
    case 'CLOSED':
      return `Proposals closed on ${formatDateTime(window.closedAt.toISOString())}; the votes and the discussion go on.`;
  }
}
