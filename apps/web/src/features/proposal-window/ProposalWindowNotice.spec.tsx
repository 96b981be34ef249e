import { describeProposalWindow } from './ProposalWindowNotice';

const now = Date.parse('2026-12-03T12:00:00Z');

describe('the proposal window in words', () => {
  it('says nothing when proposals have no limit', () => {
    expect(describeProposalWindow({ state: 'OPEN', until: null }, now)).toBeNull();
  });

  it('says until when, and how long is left', () => {
    const until = new Date('2026-12-05T14:30:00Z');
    expect(describeProposalWindow({ state: 'OPEN', until }, now)).toMatch(
      /^Amendments may be proposed until .+ \(2 d 2 h left\)\.$/,
    );
  });

  it('says from when before it opens, and when it closed after', () => {
    const opensAt = new Date('2026-12-03T13:00:00Z');
    expect(describeProposalWindow({ state: 'NOT_YET_OPEN', opensAt }, now)).toMatch(
      /^Amendments may be proposed from .+ \(in 1 h\)\.$/,
    );
    const closedAt = new Date('2026-12-01T18:00:00Z');
    expect(describeProposalWindow({ state: 'CLOSED', closedAt }, now)).toMatch(
      /^Proposals closed on .+; the votes and the discussion go on\.$/,
    );
  });
});
