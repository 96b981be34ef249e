import { useApolloClient } from '@apollo/client/react';
import {
  nextProposalWindowChange,
  proposalWindowAt,
  type ProposalWindowState,
} from '@plenary/contracts';
import { useEffect, useState } from 'react';
import { AccordViewerQuery } from '../accords/accords.graphql';

export interface AccordWindowFields {
  id: string;
  proposalsOpenFrom?: string | null;
  proposalsCloseAt?: string | null;
}

// setTimeout takes at most 2^31 - 1 ms (about 24 days); a later change is waited for in steps.
const LONGEST_TIMER = 2 ** 31 - 1;

/**
 * Where the accord's proposal window stands now, redrawn when it opens or closes; at that moment
 * what the delegate may do (`viewerCanAmend`) is asked again, since the log did not move.
 */
export function useProposalWindow(accord: AccordWindowFields): ProposalWindowState {
  const client = useApolloClient();
  const [now, setNow] = useState(() => new Date());
  const window = {
    opensAt: accord.proposalsOpenFrom ? new Date(accord.proposalsOpenFrom) : null,
    closesAt: accord.proposalsCloseAt ? new Date(accord.proposalsCloseAt) : null,
  };
  const change = nextProposalWindowChange(window, now)?.getTime() ?? null;
  useEffect(() => {
    if (change === null) return;
    const wait = Math.min(Math.max(change - Date.now(), 0) + 50, LONGEST_TIMER);
    const timer = setTimeout(() => {
      setNow(new Date());
      if (Date.now() >= change) {
        void client.refetchQueries({ include: [AccordViewerQuery] }).catch(() => undefined);
      }
    }, wait);
    return () => clearTimeout(timer);
  }, [change, client]);
  return proposalWindowAt(window, now);
}
