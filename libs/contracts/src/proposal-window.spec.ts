import { nextProposalWindowChange, proposalWindowAt } from './proposal-window.js';

const at = (iso: string) => new Date(iso);
const window = { opensAt: at('2026-12-01T09:00:00Z'), closesAt: at('2026-12-10T18:00:00Z') };

describe('proposal window', () => {
  it('is open without limits', () => {
    const open = { opensAt: null, closesAt: null };
    expect(proposalWindowAt(open, at('2030-01-01T00:00:00Z'))).toEqual({
      state: 'OPEN',
      until: null,
    });
    expect(nextProposalWindowChange(open, at('2030-01-01T00:00:00Z'))).toBeNull();
  });

  it('is not yet open before it opens, and says when it will', () => {
    expect(proposalWindowAt(window, at('2026-12-01T08:59:59Z'))).toEqual({
      state: 'NOT_YET_OPEN',
      opensAt: window.opensAt,
    });
    expect(nextProposalWindowChange(window, at('2026-11-30T00:00:00Z'))).toEqual(window.opensAt);
  });

  it('is open from its first moment up to, not including, its end', () => {
    expect(proposalWindowAt(window, window.opensAt).state).toBe('OPEN');
    expect(proposalWindowAt(window, at('2026-12-10T17:59:59.999Z'))).toEqual({
      state: 'OPEN',
      until: window.closesAt,
    });
    expect(proposalWindowAt(window, window.closesAt)).toEqual({
      state: 'CLOSED',
      closedAt: window.closesAt,
    });
    expect(nextProposalWindowChange(window, at('2026-12-05T00:00:00Z'))).toEqual(window.closesAt);
  });

  it('stays closed for good', () => {
    expect(nextProposalWindowChange(window, at('2026-12-11T00:00:00Z'))).toBeNull();
  });
});
