// When amendments may be proposed in an accord: the facilitator's window, either end open.
// The API refuses a proposal outside it; the web app words it the same way.

export interface ProposalWindow {
  opensAt: Date | null;
  closesAt: Date | null;
}

export type ProposalWindowState =
  | { state: 'OPEN'; until: Date | null }
  | { state: 'NOT_YET_OPEN'; opensAt: Date }
  | { state: 'CLOSED'; closedAt: Date };

/** Where `now` stands in the window: the end is excluded, so at `closesAt` proposals are closed. */
export function proposalWindowAt(window: ProposalWindow, now: Date): ProposalWindowState {
  const at = now.getTime();
  if (window.opensAt && at < window.opensAt.getTime()) {
    return { state: 'NOT_YET_OPEN', opensAt: window.opensAt };
  }
  if (window.closesAt && at >= window.closesAt.getTime()) {
    return { state: 'CLOSED', closedAt: window.closesAt };
  }
  return { state: 'OPEN', until: window.closesAt };
}

/** The next moment the state changes after `now`, if any (a read cache keeps answers until then). */
export function nextProposalWindowChange(window: ProposalWindow, now: Date): Date | null {
  const moment = proposalWindowAt(window, now);
  if (moment.state === 'NOT_YET_OPEN') return moment.opensAt;
  if (moment.state === 'OPEN') return moment.until;
  return null;
}
